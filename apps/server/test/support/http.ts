import { errorCodeOf } from '@ticketing/client/errors';
import type { Role } from '@ticketing/db/schema';
import { expect } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type TestServer } from './test-server.ts';

/** A user as the REST API renders it (dates are ISO strings). */
export interface UserJson {
  id: string;
  email: string;
  name: string;
  role: Role;
  departmentId: string | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface AuthResultJson {
  token: string;
  expiresAt: string;
  user: UserJson;
}

export interface SessionJson {
  id: string;
  current: boolean;
  createdAt: string;
  lastUsedAt: string;
  expiresAt: string;
  userAgent: string | null;
  ipAddress: string | null;
}

export interface ErrorBody {
  error: string;
  message: string;
  details: Record<string, unknown>;
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** A stack frame (`at fn (file:1:2)`), a source path or a dependency path: none may reach a client. */
export function expectNoInternals(text: string): void {
  expect(text).not.toMatch(/\bat (?:\S+ )?\(?(?:file:\/\/|node:)?[\w@/.-]*\/[\w@/.-]+:\d+:\d+/);
  expect(text).not.toContain('node_modules');
  expect(text).not.toMatch(/\.(?:ts|js|mjs|cjs):\d+/);
  expect(text).not.toMatch(/\b(?:TypeError|ReferenceError|URIError|SyntaxError):/);
}

/** Asserts a REST error response: its status, and a body of exactly `{ error, message, details }`. */
export async function expectError(response: Response, status: number, code: string): Promise<ErrorBody> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expectNoInternals(text);
  const body = JSON.parse(text) as Record<string, unknown>;
  expect(Object.keys(body).sort()).toEqual(['details', 'error', 'message']);
  expect(body.error).toBe(code);
  expect(typeof body.message).toBe('string');
  expect((body.message as string).length).toBeGreaterThan(0);
  expect(body.details).toBeTypeOf('object');
  expect(body.details).not.toBeNull();
  expect(Array.isArray(body.details)).toBe(false);
  return body as unknown as ErrorBody;
}

/** Reads a 2xx JSON body (failing with the body text otherwise). */
export async function expectJson<T>(response: Response, status = 200): Promise<T> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return JSON.parse(text) as T;
}

/** The `data` a tRPC error carries, once errorCodeOf has confirmed it is a TRPCClientError. */
export interface TrpcErrorData {
  error: string;
  details: Record<string, unknown>;
  httpStatus: number;
  path?: string | null;
}

/** Awaits a tRPC call that must fail with `code`; returns the error's data and message. */
export async function expectTrpcError(
  call: Promise<unknown>,
  code: string,
): Promise<TrpcErrorData & { message: string }> {
  const error = await call.then(
    (value) => {
      throw new Error(`expected ${code}, but the call succeeded with ${JSON.stringify(value)}`);
    },
    (reason: unknown) => reason,
  );
  // errorCodeOf returns undefined for anything that is not a TRPCClientError.
  expect(errorCodeOf(error)).toBe(code);
  expect((error as Error).name).toBe('TRPCClientError');
  const data = (error as { data?: unknown }).data as TrpcErrorData;
  expect(data.error).toBe(code);
  const { message } = error as Error;
  expectNoInternals(JSON.stringify({ message, data }));
  return { ...data, message };
}

let counter = 0;
/** An email no other test in this process has used. */
export const uniqueEmail = (label = 'user') => `${label}-${process.pid}-${++counter}@test.example`;

export interface TestUser extends UserJson {
  password: string;
}

export interface NewUserOptions {
  role?: Role;
  name?: string;
  email?: string;
  password?: string;
  departmentId?: string;
}

/** Creates a user through the admin's POST /api/v1/users. */
export async function createUser(server: TestServer, adminToken: string, options: NewUserOptions = {}) {
  const password = options.password ?? 'correct-horse-battery';
  const input = {
    email: options.email ?? uniqueEmail(options.role ?? 'user'),
    name: options.name ?? `Test ${options.role ?? 'user'} ${counter}`,
    password,
    ...(options.role ? { role: options.role } : {}),
    ...(options.departmentId ? { departmentId: options.departmentId } : {}),
  };
  const response = await server.request('/api/v1/users', { method: 'POST', token: adminToken, json: input });
  const user = await expectJson<UserJson>(response);
  return { ...user, password } satisfies TestUser;
}

/** Creates a user and signs them in over REST. */
export async function createSignedInUser(server: TestServer, adminToken: string, options: NewUserOptions = {}) {
  const user = await createUser(server, adminToken, options);
  return { user, token: await server.login(user.email, user.password) };
}

export const adminLogin = (server: TestServer) => server.login(ADMIN_EMAIL, ADMIN_PASSWORD);

/** POST /api/v1/auth/login with the raw response. */
export const postLogin = (server: TestServer, email: string, password: string, headers?: Record<string, string>) =>
  server.request('/api/v1/auth/login', { method: 'POST', json: { email, password }, ...(headers ? { headers } : {}) });

/** The `tkt_session` Set-Cookie line of a response, if any. */
export function sessionSetCookie(response: Response): string | undefined {
  return response.headers.getSetCookie().find((line) => line.startsWith('tkt_session='));
}

/** `tkt_session=<value>` as a browser would send it back. */
export function cookieHeader(setCookie: string): string {
  const pair = setCookie.split(';')[0];
  if (!pair) throw new Error(`not a Set-Cookie line: ${setCookie}`);
  return pair;
}
