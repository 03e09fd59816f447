import { makeActor } from '@ticketing/core/testing/factories';
import { createTestDeps } from '@ticketing/core/testing/test-deps';
import type { AnyProcedure } from '@trpc/server';
import { afterAll, describe, expect, it } from 'vitest';
import { EVENT_STREAM_PATH } from '../src/http/event-stream-openapi.ts';
import { appRouter } from '../src/root.ts';
import { callerFor } from './support/caller.ts';

const deps = await createTestDeps();
afterAll(() => deps.connection.close());

// At runtime _def.procedures is flat, keyed by dotted path; its static type is the nested record.
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, AnyProcedure>);
const PUBLIC = new Set(['auth.register', 'auth.login']);
const SUBSCRIPTION_ROUTES: Record<string, string> = { 'events.subscribe': EVENT_STREAM_PATH };

type Caller = ReturnType<typeof callerFor>;
function call(caller: Caller, path: string, input?: unknown): Promise<unknown> {
  const fn = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (input: unknown) => Promise<unknown>)(input);
}

describe('every procedure', () => {
  it('is listed (sanity check on the enumeration)', () => {
    expect(procedures.map(([path]) => path)).toEqual(
      expect.arrayContaining(['auth.login', 'users.list', 'departments.create']),
    );
  });

  it.each(procedures.filter(([path]) => !PUBLIC.has(path)))(
    '%s refuses an anonymous caller with E_UNAUTHENTICATED',
    async (path) => {
      await expect(call(callerFor(deps, null), path)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    },
  );

  it.each(procedures)('%s declares input, output and REST metadata', (path, procedure) => {
    const def = procedure._def as {
      type: string;
      inputs: unknown[];
      output?: unknown;
      meta?: { openapi?: { path?: string } };
    };
    expect(def.inputs.length, `${path} has no .input()`).toBeGreaterThan(0);
    expect(def.output, `${path} has no .output()`).toBeDefined();
    // trpc-to-openapi has no subscriptions: each is served over plain SSE by a route of its own.
    const route = def.type === 'subscription' ? SUBSCRIPTION_ROUTES[path] : def.meta?.openapi?.path;
    expect(route, `${path} has no REST route`).toMatch(/^\//);
  });
});

const { actor: user } = await makeActor(deps.db, { role: 'user' });
const { actor: manager } = await makeActor(deps.db, { role: 'manager' });
const { actor: admin } = await makeActor(deps.db, { role: 'admin' });

describe('role checks', () => {
  it('lets managers and admins list users, not users', async () => {
    await expect(callerFor(deps, user).users.list({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(callerFor(deps, manager).users.list({})).resolves.toHaveProperty('items');
    await expect(callerFor(deps, admin).users.list({})).resolves.toHaveProperty('items');
  });

  it('lets only admins create users and departments', async () => {
    const input = { email: 'new@example.com', name: 'New', password: 'long-enough-pw' };
    await expect(callerFor(deps, manager).users.create(input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(callerFor(deps, manager).departments.create({ name: 'Ops' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(callerFor(deps, admin).users.create(input)).resolves.toMatchObject({
      email: 'new@example.com',
      role: 'user',
    });
    await expect(callerFor(deps, admin).departments.create({ name: 'Ops' })).resolves.toMatchObject({ name: 'Ops' });
  });
});
