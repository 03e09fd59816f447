import { httpStatusOf } from '@ticketing/api/errors';
import { type ErrorCode, errorCodes } from '@ticketing/core/errors';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  craftedCursor,
  hostileJson,
  hostileKey,
  hostileNumber,
  hostileScalar,
  hostileText,
  toJson,
  toParam,
} from './support/hostile-values.ts';
import { adminLogin, createSignedInUser, createUser, expectJson, expectNoInternals } from './support/http.ts';
import { startTestServer } from './support/test-server.ts';

/**
 * Hostile input against every REST operation the server documents: for each run, one operation from
 * the served OpenAPI document, its path, query and body filled with a mix of plausible values (known
 * keys and ids, values within the published bounds) and hostile ones (NUL, lone surrogates, numbers
 * past int4, dates out of range, huge strings, deep nesting, wrong types, prototype names, crafted
 * cursors), sent over real HTTP as the admin, a plain user, or nobody. Whatever comes back must not be
 * a 5xx, and every error must be exactly `{ error, message, details }` with nothing internal in it.
 *
 * HOSTILE_RUNS sets the number of requests (default 2000); HOSTILE_SEED replays a reported failure.
 */

const RUNS = Number(process.env.HOSTILE_RUNS ?? 2000);
const SEED = process.env.HOSTILE_SEED === undefined ? undefined : Number(process.env.HOSTILE_SEED);

const server = await startTestServer({ RATE_LIMIT_PER_MINUTE: '0' });
afterAll(() => server.close());

type Json = Record<string, unknown>;

const api = async <T>(path: string, token: string, init: RequestInit & { json?: unknown } = {}) =>
  expectJson<T>(await server.request(`/api/v1${path}`, { token, ...init }));

// Fixtures to act on; the run may delete, archive or deactivate them, which only changes which 4xx
// comes back. Users and sessions it may end are spares, so the acting credentials keep working.
const adminSession = await adminLogin(server);
const spareSession = await adminLogin(server);
/** Admin sessions to act with: a run that logs one out moves on to the next. */
const adminSessions = [adminSession];
for (let index = 0; index < 11; index++) adminSessions.push(await adminLogin(server));
const adminToken = (
  await api<{ token: string }>('/auth/tokens', adminSession, {
    method: 'POST',
    json: { name: 'hostile input', scopes: ['read', 'write'] },
  })
).token;
const spareToken = await api<{ id: string }>('/auth/tokens', adminSession, {
  method: 'POST',
  json: { name: 'spare', scopes: ['read'] },
});
const plain = await createSignedInUser(server, adminSession);
// An API token: a logout cannot end it.
const plainToken = (
  await api<{ token: string }>('/auth/tokens', plain.token, {
    method: 'POST',
    json: { name: 'plain', scopes: ['read', 'write'] },
  })
).token;
/** The user that user-targeted operations (deactivate, change role, remove from the project) aim at. */
const victim = await createUser(server, adminSession);
const department = await api<{ id: string }>('/departments', adminSession, {
  method: 'POST',
  json: { name: 'Hostile dept' },
});
await api('/projects', adminSession, { method: 'POST', json: { key: 'PBT', name: 'Property based' } });
for (const userId of [plain.user.id, victim.id]) {
  await api('/projects/PBT/members', adminSession, { method: 'POST', json: { userId, role: 'member' } });
}
const tickets: { key: string }[] = [];
for (const title of ['First', 'Second', 'Third', 'Fourth']) {
  tickets.push(
    await api<{ key: string }>('/tickets', adminSession, { method: 'POST', json: { projectKey: 'PBT', title } }),
  );
}
const [firstTicket] = tickets;
if (!firstTicket) throw new Error('no ticket created');
const comment = await api<{ id: string }>(`/tickets/${firstTicket.key}/comments`, adminSession, {
  method: 'POST',
  json: { body: 'A comment to edit and delete' },
});
const sessions = await api<{ id: string; current: boolean }[]>('/auth/sessions', spareSession);
const spareListed = sessions.find((session) => session.current);
if (!spareListed) throw new Error('the spare session is not listed');
const spareSessionId = spareListed.id;

const document = await api<{
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}>('/openapi.json', adminToken);

interface Schema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  anyOf?: Schema[];
  oneOf?: Schema[];
}

interface Parameter {
  in: 'path' | 'query';
  name: string;
  schema: Schema;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: { 'application/json': { schema: Schema } } };
  responses: Record<string, { content?: Record<string, unknown> }>;
}

const resolve = (schema: Schema): Schema =>
  schema.$ref ? resolve(document.components?.schemas?.[schema.$ref.split('/').at(-1) ?? ''] ?? {}) : schema;

// ---- Plausible values, from the published schema ---------------------------------------------------

const knownIds = [victim.id, department.id, comment.id, spareToken.id, '00000000-0000-0000-0000-000000000000'];
const ticketKeys = tickets.map((ticket) => ticket.key);

const isoDate = fc
  .date({ min: new Date('1900-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString());

function plausibleString(schema: Schema, name: string): fc.Arbitrary<unknown> {
  if (schema.format === 'uuid') return fc.oneof(fc.constantFrom(...knownIds), fc.uuid());
  if (schema.format === 'date') return isoDate.map((text) => text.slice(0, 10));
  if (/key$/i.test(name) && schema.maxLength === 20) return fc.constantFrom(...ticketKeys, 'PBT-999', 'TSK-1001');
  if (/key/i.test(name)) return fc.constantFrom('PBT', 'TSK', 'pbt', 'NEW', 'ZZZ');
  if (name === 'cursor') return craftedCursor(ticketKeys);
  if (/email/i.test(name)) return fc.oneof(fc.emailAddress(), fc.constant(victim.email));
  if (/(From|To)$/.test(name)) return isoDate;
  if (schema.pattern) return fc.constantFrom(spareSessionId, '0123456789abcdef');
  const minLength = schema.minLength ?? 0;
  return fc.string({
    unit: 'grapheme',
    minLength,
    maxLength: Math.max(minLength, Math.min(schema.maxLength ?? 30, 30)),
  });
}

function plausible(input: Schema, name: string): fc.Arbitrary<unknown> {
  const schema = resolve(input);
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return fc.oneof(...options.map((option) => plausible(option, name)));
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if ('const' in schema) return fc.constant(schema.const);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return plausibleString(schema, name);
    case 'integer': {
      const min = schema.minimum ?? -100;
      const max = schema.maximum ?? 100;
      return fc.oneof(fc.integer({ min: Math.max(min, 1), max: Math.min(max, 5) }), fc.integer({ min, max }));
    }
    case 'number':
      return fc.double({ min: schema.minimum ?? -100, max: schema.maximum ?? 100, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(
        mixed(plausible(schema.items ?? {}, name), hostileScalar),
        // Mostly within bounds; now and then one past maxItems.
        { minLength: schema.minItems ?? 0, maxLength: Math.min((schema.maxItems ?? 4) + 1, 6) },
      );
    case 'object':
      return plausibleObject(schema);
    default:
      return hostileScalar;
  }
}

const mixed = (plausibleValue: fc.Arbitrary<unknown>, hostile: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 3, arbitrary: plausibleValue }, { weight: 1, arbitrary: hostile });

/** An object with each property plausible or hostile, optional ones sometimes left out, sometimes extra keys. */
function plausibleObject(schema: Schema): fc.Arbitrary<Json> {
  const properties = Object.entries(schema.properties ?? {});
  const required = new Set(schema.required ?? []);
  const members = properties.map(([name, property]) => {
    const value = mixed(plausible(property, name), hostileJson).map((member) => [name, member] as const);
    return required.has(name) ? fc.oneof({ weight: 9, arbitrary: value }, fc.constant(undefined)) : fc.option(value);
  });
  const extras = fc.oneof(
    { weight: 5, arbitrary: fc.constant([]) },
    { weight: 1, arbitrary: fc.array(fc.tuple(hostileKey, hostileScalar), { maxLength: 3 }) },
  );
  return fc
    .tuple(fc.tuple(...members), extras)
    .map(([present, extra]) =>
      Object.fromEntries([...present.filter((entry) => entry !== null && entry !== undefined), ...extra]),
    );
}

// ---- Requests ------------------------------------------------------------------------------------

interface HostileRequest {
  method: string;
  template: string;
  path: string;
  query: string;
  body?: string;
  contentType?: string;
  as: 'admin token' | 'admin session' | 'plain user' | 'nobody' | 'garbage token';
}

/** Percent-encodes any string, lone surrogates included (as WTF-8 bytes, which no client should send). */
function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return [...text]
      .map((char) => {
        const code = char.charCodeAt(0);
        if (char.length > 1 || code < 0xd800 || code > 0xdfff) return encodeURIComponent(char);
        return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
          .map((byte) => `%${byte.toString(16).toUpperCase()}`)
          .join('');
      })
      .join('');
  }
}

function plausiblePathValue(template: string, name: string): fc.Arbitrary<string> {
  if (name === 'key')
    return fc.constantFrom(...(template.startsWith('/tickets') ? ticketKeys : ['PBT', 'TSK', 'NOPE']));
  if (name === 'commentId') return fc.constantFrom(comment.id);
  if (name === 'userId') return fc.constantFrom(victim.id);
  if (template.startsWith('/auth/sessions')) return fc.constantFrom(spareSessionId, '0123456789abcdef');
  if (template.startsWith('/auth/tokens')) return fc.constantFrom(spareToken.id);
  // Never the acting users' ids: a run that demoted or deactivated them would leave nothing to test.
  return fc.oneof(fc.constantFrom(victim.id, department.id), fc.uuid());
}

const queryValue = (schema: Schema, name: string) =>
  mixed(plausible(schema, name), fc.oneof(hostileText(false), hostileNumber));

/** Characters of query string per request; paths take at most two encoded values of ≤ 600 characters. */
const URL_BUDGET = 8_000;

function requestFor(method: string, template: string, operation: Operation): fc.Arbitrary<HostileRequest> {
  const parameters = operation.parameters ?? [];
  const pathParams = parameters.filter((parameter) => parameter.in === 'path');
  const queryParams = parameters.filter((parameter) => parameter.in === 'query');

  const path = fc
    .tuple(
      ...pathParams.map((parameter) =>
        mixed(plausiblePathValue(template, parameter.name), hostileText(false)).map(
          (value) => [parameter.name, toParam(value)] as const,
        ),
      ),
    )
    .map((values) => values.reduce((text, [name, value]) => text.replace(`{${name}}`, encode(value)), template));

  const query = fc
    .tuple(
      fc.tuple(
        ...queryParams.map((parameter) =>
          fc.option(queryValue(parameter.schema, parameter.name).map((value) => [parameter.name, value] as const)),
        ),
      ),
      fc.oneof(
        { weight: 6, arbitrary: fc.constant([]) },
        { weight: 1, arbitrary: fc.array(fc.tuple(hostileKey, hostileText(false)), { minLength: 1, maxLength: 2 }) },
      ),
    )
    .map(([documented, extra]) => {
      const pairs = [...documented.filter((pair) => pair !== null), ...extra].flatMap(([name, value]) =>
        // An array goes as the parameter repeated, as the adapter reads it.
        (Array.isArray(value) ? value : [value]).map((item) => `${encode(name)}=${encode(toParam(item))}`),
      );
      // Node answers a request line past 16 KB itself (431, before any handler): stay well under it.
      const kept: string[] = [];
      let length = 0;
      for (const pair of pairs) {
        if (length + pair.length > URL_BUDGET) break;
        kept.push(pair);
        length += pair.length + 1;
      }
      return kept.length > 0 ? `?${kept.join('&')}` : '';
    });

  const schema = operation.requestBody?.content['application/json'].schema;
  const body: fc.Arbitrary<string | undefined> = schema
    ? fc.oneof(
        { weight: 12, arbitrary: plausibleObject(resolve(schema)).map(toJson) },
        { weight: 2, arbitrary: hostileJson.map(toJson) },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            '{',
            '',
            '{"a":1,}',
            'null',
            '{"__proto__":{"title":"inherited","version":1}}',
            `{"constructor":{"prototype":{"polluted":true}}}`,
            'x'.repeat(1_100_000),
          ),
        },
      )
    : fc.constant(undefined);

  return fc.record({
    method: fc.constant(method),
    template: fc.constant(template),
    path,
    query,
    body,
    contentType: fc.oneof(
      { weight: 12, arbitrary: fc.constant('application/json') },
      { weight: 1, arbitrary: fc.constantFrom('application/json; charset=utf-8', 'text/plain', undefined) },
    ),
    as: fc.oneof(
      { weight: 5, arbitrary: fc.constant('admin token' as const) },
      { weight: 2, arbitrary: fc.constantFrom('admin session' as const, 'plain user' as const) },
      { weight: 1, arbitrary: fc.constantFrom('nobody' as const, 'garbage token' as const) },
    ),
  });
}

const methods = ['get', 'post', 'put', 'patch', 'delete'] as const;
const operations = Object.entries(document.paths).flatMap(([template, item]) =>
  methods.flatMap((method) => {
    const operation = item[method];
    return operation ? [requestFor(method.toUpperCase(), template, operation)] : [];
  }),
);

let liveSession = 0;
const credentialOf = (as: HostileRequest['as']): string | undefined =>
  ({
    'admin token': adminToken,
    'admin session': adminSessions[liveSession % adminSessions.length],
    'plain user': plainToken,
    nobody: undefined,
    'garbage token': 'tkt_not-a-real-token',
  })[as];

// PostgreSQL's own words: none may reach a client.
const SQL_ERROR =
  /invalid byte sequence|invalid input syntax|out of range for type|violates|SQLSTATE|syntax error at or near|relation "/i;
const knownCodes = new Set<string>(errorCodes);

async function send(request: HostileRequest): Promise<number> {
  const token = credentialOf(request.as);
  const headers: Record<string, string> = {
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...(request.body !== undefined && request.contentType ? { 'content-type': request.contentType } : {}),
  };
  const response = await fetch(`${server.url}/api/v1${request.path}${request.query}`, {
    method: request.method,
    headers,
    ...(request.body === undefined ? {} : { body: request.body }),
  });
  if (response.headers.get('content-type')?.startsWith('text/event-stream')) {
    // A live event stream does not end of itself: its opening is the whole answer.
    expect(response.status, `${request.method} ${request.path}${request.query} as ${request.as}`).toBe(200);
    await response.body?.cancel();
    return response.status;
  }
  const text = await response.text();
  if (request.as === 'admin session' && response.status === 401) liveSession++;
  const what = `${request.method} ${request.path}${request.query} as ${request.as}: ${response.status} ${text.slice(0, 300)}`;
  expect(response.status, what).toBeLessThan(500);
  const contentType = response.headers.get('content-type')?.split(';')[0];
  if (response.status < 400) {
    // A success is in one of the types its operation documents (a report may answer CSV).
    const documented = document.paths[request.template]?.[request.method.toLowerCase()]?.responses['200'];
    expect(Object.keys(documented?.content ?? {}), what).toContain(contentType);
    return response.status;
  }
  expect(contentType, what).toBe('application/json');
  expectNoInternals(text);
  expect(text, what).not.toMatch(SQL_ERROR);
  const body = JSON.parse(text) as Json;
  expect(Object.keys(body).sort(), what).toEqual(['details', 'error', 'message']);
  expect(knownCodes.has(String(body.error)), what).toBe(true);
  expect(httpStatusOf(body.error as ErrorCode), what).toBe(response.status);
  expect(typeof body.message === 'string' && body.message.length > 0, what).toBe(true);
  expect(typeof body.details === 'object' && body.details !== null && !Array.isArray(body.details), what).toBe(true);
  return response.status;
}

describe('hostile input against every documented operation', () => {
  it('covers every operation the document lists', () => {
    expect(operations.length).toBe(Object.values(document.paths).flatMap((item) => Object.keys(item)).length);
    expect(operations.length).toBeGreaterThan(40);
  });

  it(
    `never answers 5xx, and every error has the standard shape (${RUNS} requests)`,
    async () => {
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(fc.oneof(...operations), async (request) => {
          const status = await send(request);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        }),
        { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
      );
      // A healthy server afterwards: ready, and a normal request works.
      expect((await server.request('/readyz')).status).toBe(200);
      const me = await api<{ role: string }>('/auth/me', adminToken);
      expect(me.role).toBe('admin');
      await api('/tickets?projectKeys=PBT&sort=key', adminToken);
      // Not vacuous: many requests got through to real work, many were refused as invalid.
      const count = (wanted: (status: number) => boolean) =>
        [...statuses].reduce((sum, [status, times]) => (wanted(status) ? sum + times : sum), 0);
      expect(count((status) => status < 300)).toBeGreaterThanOrEqual(Math.floor(RUNS * 0.02));
      expect(count((status) => status === 400)).toBeGreaterThanOrEqual(Math.floor(RUNS * 0.1));
    },
    // Generous: PGlite on two cores; the point is the count of requests, not their speed.
    120_000 + RUNS * 100,
  );
});
