import { randomUUID } from 'node:crypto';
import type { ErrorCode } from '@ticketing/core/errors';
import { makeActor } from '@ticketing/core/testing/factories';
import { createTestDeps } from '@ticketing/core/testing/test-deps';
import { afterAll, describe, expect, it } from 'vitest';
import { startApiServer } from './support/api-server.ts';

const deps = await createTestDeps();
const server = await startApiServer(deps);
afterAll(async () => {
  await server.close();
  await deps.connection.close();
});

const admin = await makeActor(deps.db, { role: 'admin' });
const user = await makeActor(deps.db, { role: 'user' });

/**
 * One failing call, as each transport spells it: tRPC's wire format (superjson: `{ json }`, a query's
 * input in the query string) and the REST route of the same procedure.
 */
interface ErrorCase {
  name: string;
  token: string | null;
  trpc: { type: 'query' | 'mutation'; path: string; input?: unknown };
  rest: { method: 'GET' | 'POST'; path: string; body?: unknown };
  error: ErrorCode;
  httpStatus: number;
  /** tRPC's JSON-RPC code for the error, part of the tRPC protocol. */
  rpcCode: number;
  details: Record<string, unknown>;
  /** When the README spells it out. */
  message?: string;
}

const missingUser = randomUUID();
const newUser = { name: 'New Person', password: 'long enough password' };

const cases: ErrorCase[] = [
  {
    name: 'a user that does not exist',
    token: admin.token,
    trpc: { type: 'query', path: 'users.get', input: { id: missingUser } },
    rest: { method: 'GET', path: `/users/${missingUser}` },
    error: 'E_NOT_FOUND',
    httpStatus: 404,
    rpcCode: -32004,
    details: { id: missingUser },
  },
  {
    name: 'a plain user listing users',
    token: user.token,
    trpc: { type: 'query', path: 'users.list', input: {} },
    rest: { method: 'GET', path: '/users' },
    error: 'E_FORBIDDEN',
    httpStatus: 403,
    rpcCode: -32003,
    details: {},
  },
  {
    name: 'an input the schema refuses',
    token: admin.token,
    trpc: { type: 'mutation', path: 'users.create', input: { ...newUser, email: 'not an email' } },
    rest: { method: 'POST', path: '/users', body: { ...newUser, email: 'not an email' } },
    error: 'E_VALIDATION',
    httpStatus: 400,
    rpcCode: -32600,
    details: { fields: { email: ['Enter a valid email address'] } },
    message: 'Invalid input: email: Enter a valid email address',
  },
  {
    name: 'an input the domain refuses (an unknown department)',
    token: admin.token,
    trpc: {
      type: 'mutation',
      path: 'users.create',
      input: { ...newUser, email: 'dept-trpc@example.com', departmentId: missingUser },
    },
    rest: {
      method: 'POST',
      path: '/users',
      body: { ...newUser, email: 'dept-rest@example.com', departmentId: missingUser },
    },
    error: 'E_VALIDATION',
    httpStatus: 400,
    rpcCode: -32600,
    details: { fields: { departmentId: [expect.any(String)] } },
  },
  {
    name: 'no credentials',
    token: null,
    trpc: { type: 'query', path: 'auth.me' },
    rest: { method: 'GET', path: '/auth/me' },
    error: 'E_UNAUTHENTICATED',
    httpStatus: 401,
    rpcCode: -32001,
    details: {},
  },
  {
    name: 'a bearer token that matches no session',
    token: 'not-a-real-token',
    trpc: { type: 'query', path: 'auth.me' },
    rest: { method: 'GET', path: '/auth/me' },
    error: 'E_UNAUTHENTICATED',
    httpStatus: 401,
    rpcCode: -32001,
    details: {},
  },
];

const authorization = (token: string | null): Record<string, string> =>
  token ? { authorization: `Bearer ${token}` } : {};

async function callTrpc({ token, trpc }: ErrorCase): Promise<{ status: number; body: unknown }> {
  const wire = trpc.input === undefined ? undefined : JSON.stringify({ json: trpc.input });
  const response =
    trpc.type === 'query'
      ? await fetch(`${server.url}/trpc/${trpc.path}${wire ? `?input=${encodeURIComponent(wire)}` : ''}`, {
          headers: authorization(token),
        })
      : await fetch(`${server.url}/trpc/${trpc.path}`, {
          method: 'POST',
          headers: { ...authorization(token), 'content-type': 'application/json' },
          body: wire ?? '',
        });
  return { status: response.status, body: await response.json() };
}

async function callRest({ token, rest }: ErrorCase): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${server.url}/api/v1${rest.path}`, {
    method: rest.method,
    headers: { ...authorization(token), ...(rest.body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(rest.body === undefined ? {} : { body: JSON.stringify(rest.body) }),
  });
  return { status: response.status, body: await response.json() };
}

describe('a domain error over HTTP', () => {
  for (const testCase of cases) {
    it(`${testCase.name}: ${testCase.error}, ${testCase.httpStatus}, alike over tRPC and REST`, async () => {
      const trpc = await callTrpc(testCase);
      expect(trpc.status).toBe(testCase.httpStatus);
      // The whole envelope: the error formatter's shape and nothing more (no stack, no cause).
      expect(trpc.body).toStrictEqual({
        error: {
          json: {
            message: testCase.message ?? expect.any(String),
            code: testCase.rpcCode,
            data: {
              error: testCase.error,
              details: testCase.details,
              httpStatus: testCase.httpStatus,
              path: testCase.trpc.path,
            },
          },
        },
      });
      const { message, data } = (trpc.body as { error: { json: { message: string; data: { details: unknown } } } })
        .error.json;

      const rest = await callRest(testCase);
      expect(rest.status).toBe(testCase.httpStatus);
      // Exactly {error, message, details}: the same code, message and details as over tRPC.
      expect(rest.body).toStrictEqual({ error: testCase.error, message, details: data.details });
    });
  }
});
