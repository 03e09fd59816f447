import { type Received, type Reply, startReceiver, until } from '@ticketing/core/testing/webhook-receiver';
import { Webhook as Verifier, WebhookVerificationError } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminLogin, createSignedInUser, expectError, expectJson, ISO_DATE } from './support/http.ts';
import { startTestServer } from './support/test-server.ts';

// The receiver is a real HTTP server on 127.0.0.1, so this server allows http and private addresses;
// retries wait a ten-thousandth of the schedule. A second server keeps the production defaults.
const server = await startTestServer({
  WEBHOOK_ALLOW_HTTP: 'true',
  WEBHOOK_ALLOW_PRIVATE: 'true',
  WEBHOOK_RETRY_SCALE: '0.0001',
  WEBHOOK_TIMEOUT_MS: '5000',
});
const strict = await startTestServer();
const receiver = await startReceiver();
afterAll(async () => {
  await receiver.close();
  await Promise.all([server.close(), strict.close()]);
});

interface WebhookJson {
  id: string;
  projectKey: string;
  url: string;
  eventTypes: string[] | null;
  active: boolean;
  disabledReason: string | null;
  failingSince: string | null;
  previousSecretExpiresAt: string | null;
  createdAt: string;
  secret?: string;
}

interface DeliveryJson {
  id: string;
  eventId: number;
  eventType: string;
  state: string;
  attempts: number;
  responseStatus: number | null;
  durationMs: number | null;
  error: string | null;
  nextAttemptAt: string | null;
  lastAttemptAt: string | null;
}

interface EventJson {
  id: number;
  type: string;
  ticket: { key: string } | null;
  data: Record<string, unknown>;
}

// Each webhook has a path of its own on the receiver, which answers by path.
const answers = new Map<string, (nth: number) => Reply>();
receiver.answer((request) => {
  const nth = receiver.received.filter((other) => other.path === request.path).length;
  return answers.get(request.path)?.(nth) ?? { status: 204 };
});
const requestsTo = (path: string) => receiver.received.filter((request) => request.path === path);

let admin: string;
let projectSeq = 0;

beforeAll(async () => {
  admin = await adminLogin(server);
});

async function newProject(token = admin): Promise<string> {
  projectSeq += 1;
  const key = `WH${projectSeq}`;
  await expectJson(await server.request('/api/v1/projects', { method: 'POST', token, json: { key, name: key } }));
  return key;
}

async function createWebhook(
  key: string,
  path: string,
  json: Record<string, unknown> = {},
  answer?: (nth: number) => Reply,
) {
  if (answer) answers.set(path, answer);
  const response = await server.request(`/api/v1/projects/${key}/webhooks`, {
    method: 'POST',
    token: admin,
    json: { url: `${receiver.url}${path}`, ...json },
  });
  return expectJson<WebhookJson & { secret: string }>(response);
}

async function createTicket(key: string): Promise<string> {
  const response = await server.request('/api/v1/tickets', {
    method: 'POST',
    token: admin,
    json: { projectKey: key, title: 'Hook me' },
  });
  return (await expectJson<{ key: string }>(response)).key;
}

const deliveries = async (webhookId: string, query = '') =>
  (
    await expectJson<{ items: DeliveryJson[]; nextCursor: string | null }>(
      await server.request(`/api/v1/webhooks/${webhookId}/deliveries${query}`, { token: admin }),
    )
  ).items;

/** What a receiver that holds `secret` makes of a request: the verified payload, or the verifier's error. */
function verify(secret: string, request: Received | undefined): unknown {
  if (!request) throw new Error('no request');
  const headers = Object.fromEntries(
    ['webhook-id', 'webhook-timestamp', 'webhook-signature'].map((name) => [name, String(request.headers[name])]),
  );
  try {
    return new Verifier(secret).verify(request.body, headers);
  } catch (error) {
    if (error instanceof WebhookVerificationError) return error;
    throw error;
  }
}

describe('managing webhooks over REST', () => {
  it('creates (secret shown once), reads, lists, updates, rotates and deletes', async () => {
    const key = await newProject();
    const created = await createWebhook(key, '/crud', { eventTypes: ['ticket.created', 'comment.added'] });
    expect(created).toMatchObject({
      projectKey: key,
      url: `${receiver.url}/crud`,
      eventTypes: ['ticket.created', 'comment.added'],
      active: true,
      failingSince: null,
    });
    expect(created.secret).toMatch(/^whsec_/);
    expect(created.createdAt).toMatch(ISO_DATE);

    const got = await expectJson<WebhookJson>(await server.request(`/api/v1/webhooks/${created.id}`, { token: admin }));
    expect(got).not.toHaveProperty('secret');
    expect({ ...got, secret: created.secret }).toEqual(created);
    const listed = await expectJson<WebhookJson[]>(
      await server.request(`/api/v1/projects/${key}/webhooks`, { token: admin }),
    );
    expect(listed.map((webhook) => webhook.id)).toEqual([created.id]);
    expect(JSON.stringify(listed)).not.toContain('whsec_');

    const updated = await expectJson<WebhookJson>(
      await server.request(`/api/v1/webhooks/${created.id}`, {
        method: 'PATCH',
        token: admin,
        json: { eventTypes: null, active: false },
      }),
    );
    expect(updated).toMatchObject({ eventTypes: null, active: false });

    const rotated = await expectJson<WebhookJson & { secret: string }>(
      await server.request(`/api/v1/webhooks/${created.id}/rotate-secret`, { method: 'POST', token: admin }),
    );
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(created.secret);
    expect(rotated.previousSecretExpiresAt).toMatch(ISO_DATE);

    const removed = await server.request(`/api/v1/webhooks/${created.id}`, { method: 'DELETE', token: admin });
    expect(await expectJson(removed)).toEqual({ ok: true });
    await expectError(await server.request(`/api/v1/webhooks/${created.id}`, { token: admin }), 404, 'E_NOT_FOUND');

    // Every change is in the project's feed, never with a secret.
    const feed = await expectJson<{ items: EventJson[] }>(
      await server.request(
        `/api/v1/events?projectKeys=${key}&types=webhook.created,webhook.updated,webhook.secret_rotated,webhook.deleted`,
        {
          token: admin,
        },
      ),
    );
    expect(feed.items.map((event) => event.type)).toEqual([
      'webhook.created',
      'webhook.updated',
      'webhook.secret_rotated',
      'webhook.deleted',
    ]);
    for (const secret of [created.secret, rotated.secret]) expect(JSON.stringify(feed)).not.toContain(secret.slice(6));
  });

  it('answers bad input with the standard error shape', async () => {
    const key = await newProject();
    const post = (target: typeof server, json: Record<string, unknown>) =>
      target.request(`/api/v1/projects/${key}/webhooks`, { method: 'POST', token: admin, json });
    const notUrl = await expectError(await post(server, { url: 'not a url' }), 400, 'E_VALIDATION');
    expect(Object.keys(notUrl.details.fields as object)).toEqual(['url']);
    const unknownType = await expectError(
      await post(server, { url: 'https://hooks.example.com/', eventTypes: ['ticket.exploded'] }),
      400,
      'E_VALIDATION',
    );
    expect(Object.keys(unknownType.details.fields as object)).toEqual(['eventTypes.0']);
    await expectError(await post(server, { url: 'https://hooks.example.com/', eventTypes: [] }), 400, 'E_VALIDATION');
    await expectError(await post(server, { url: `https://h.example/${'x'.repeat(2000)}` }), 400, 'E_VALIDATION');
    await expectError(await server.request('/api/v1/webhooks/not-a-uuid', { token: admin }), 400, 'E_VALIDATION');
    await expectError(
      await server.request(`/api/v1/webhooks/${crypto.randomUUID()}`, { token: admin }),
      404,
      'E_NOT_FOUND',
    );

    // With the production defaults: https only, public addresses only.
    const strictAdmin = await adminLogin(strict);
    await expectJson(
      await strict.request('/api/v1/projects', { method: 'POST', token: strictAdmin, json: { key, name: key } }),
    );
    const strictPost = (url: string) =>
      strict.request(`/api/v1/projects/${key}/webhooks`, { method: 'POST', token: strictAdmin, json: { url } });
    for (const url of [
      `${receiver.url}/strict`,
      'https://127.0.0.1/',
      'https://0x7f.1/',
      'https://[::ffff:127.0.0.1]/',
      'https://169.254.169.254/',
    ]) {
      const body = await expectError(await strictPost(url), 400, 'E_VALIDATION');
      expect(Object.keys(body.details.fields as object), url).toEqual(['url']);
    }
    await expectJson(await strictPost('https://hooks.example.com/in'));
  });

  it('hides a webhook of another project (404) and refuses a member who cannot manage the project (403)', async () => {
    const key = await newProject();
    const webhook = await createWebhook(key, '/hidden');
    const outsider = await createSignedInUser(server, admin);
    await expectError(
      await server.request(`/api/v1/webhooks/${webhook.id}`, { token: outsider.token }),
      404,
      'E_NOT_FOUND',
    );
    const member = await createSignedInUser(server, admin);
    await expectJson(
      await server.request(`/api/v1/projects/${key}/members`, {
        method: 'POST',
        token: admin,
        json: { userId: member.user.id, role: 'member' },
      }),
    );
    await expectError(
      await server.request(`/api/v1/webhooks/${webhook.id}`, { token: member.token }),
      403,
      'E_FORBIDDEN',
    );
  });
});

describe('deliveries to a real receiver', () => {
  it('delivers each event once to each webhook, signed so that an independent Standard Webhooks verifier accepts it', async () => {
    const key = await newProject();
    const one = await createWebhook(key, '/one', { eventTypes: ['ticket.created'] });
    const two = await createWebhook(key, '/two', { eventTypes: ['ticket.created'] });
    const tickets = [];
    for (let i = 0; i < 5; i++) tickets.push(await createTicket(key));
    await until('ten deliveries', () => requestsTo('/one').length + requestsTo('/two').length >= 10);
    await until('every delivery recorded', async () =>
      [...(await deliveries(one.id)), ...(await deliveries(two.id))].every(
        (delivery) => delivery.state === 'succeeded',
      ),
    );

    for (const [webhook, path] of [[one, '/one'] as const, [two, '/two'] as const]) {
      const got = requestsTo(path);
      const payloads = got.map((request) => verify(webhook.secret, request) as EventJson);
      expect(payloads.map((payload) => payload.ticket?.key).sort()).toEqual([...tickets].sort());
      // One message per event: distinct webhook-ids, distinct events.
      expect(new Set(got.map((request) => request.headers['webhook-id'])).size).toBe(5);
      expect(new Set(payloads.map((payload) => payload.id)).size).toBe(5);
      // The other webhook's secret does not verify.
      expect(verify(webhook === one ? two.secret : one.secret, got[0])).toBeInstanceOf(WebhookVerificationError);
      const log = await deliveries(webhook.id);
      expect(log).toHaveLength(5);
      expect(log.map((delivery) => delivery.id).sort()).toEqual(
        got.map((request) => String(request.headers['webhook-id'])).sort(),
      );
      for (const delivery of log) {
        expect(delivery).toMatchObject({ eventType: 'ticket.created', attempts: 1, responseStatus: 204, error: null });
        expect(delivery.lastAttemptAt).toMatch(ISO_DATE);
      }
    }

    // The body is the event exactly as the feed shows it.
    const first = verify(one.secret, requestsTo('/one')[0]) as EventJson;
    const feed = await expectJson<{ items: EventJson[] }>(
      await server.request(`/api/v1/events?after=${first.id - 1}&limit=1`, { token: admin }),
    );
    expect(first).toEqual(feed.items[0]);
  });

  it('signs with both secrets for a day after a rotation, so a receiver holding either accepts', async () => {
    const key = await newProject();
    const webhook = await createWebhook(key, '/rotating', { eventTypes: ['ticket.created'] });
    const rotated = await expectJson<{ secret: string }>(
      await server.request(`/api/v1/webhooks/${webhook.id}/rotate-secret`, { method: 'POST', token: admin }),
    );
    await createTicket(key);
    await until('the delivery', () => requestsTo('/rotating').length === 1);
    const [request] = requestsTo('/rotating');
    expect(String(request?.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(verify(rotated.secret, request)).toMatchObject({ type: 'ticket.created' });
    expect(verify(webhook.secret, request)).toMatchObject({ type: 'ticket.created' });
    expect(verify('whsec_d3JvbmcgZW50aXJlbHk=', request)).toBeInstanceOf(WebhookVerificationError);
  });

  it('retries after 500s until the receiver takes it', async () => {
    const key = await newProject();
    const webhook = await createWebhook(key, '/flaky', { eventTypes: ['ticket.created'] }, (nth) =>
      nth <= 2 ? { status: 500 } : { status: 200 },
    );
    await createTicket(key);
    await until('the success', async () => (await deliveries(webhook.id))[0]?.state === 'succeeded');
    const [delivery] = await deliveries(webhook.id);
    expect(delivery).toMatchObject({ attempts: 3, responseStatus: 200, error: null, nextAttemptAt: null });
    const got = requestsTo('/flaky');
    expect(got.map((request) => request.headers['webhook-id'])).toEqual(Array(3).fill(delivery?.id));
    for (const request of got) expect(verify(webhook.secret, request)).toMatchObject({ type: 'ticket.created' });
  });

  it('honours Retry-After', async () => {
    const key = await newProject();
    const webhook = await createWebhook(key, '/later', { eventTypes: ['ticket.created'] }, () => ({
      status: 429,
      headers: { 'retry-after': '7200' },
    }));
    await createTicket(key);
    await until('the first attempt', async () => (await deliveries(webhook.id))[0]?.attempts === 1);
    const [delivery] = await deliveries(webhook.id);
    expect(delivery).toMatchObject({ state: 'pending', responseStatus: 429 });
    const wait = Date.parse(delivery?.nextAttemptAt ?? '') - Date.parse(delivery?.lastAttemptAt ?? '');
    expect(wait).toBeGreaterThan(7_190_000);
    expect(wait).toBeLessThan(7_210_000);
    const pending = await deliveries(webhook.id, '?state=pending&limit=10');
    expect(pending.map((item) => item.id)).toEqual([delivery?.id]);
    await expectError(
      await server.request(`/api/v1/webhooks/${webhook.id}/deliveries/${delivery?.id}/redeliver`, {
        method: 'POST',
        token: admin,
      }),
      409,
      'E_CONFLICT',
    );
  });

  it('turns the webhook off at 410 Gone, and says so in the feed', async () => {
    const key = await newProject();
    const webhook = await createWebhook(key, '/gone', {}, () => ({ status: 410 }));
    await createTicket(key);
    await until('the webhook to be turned off', async () => {
      const current = await expectJson<WebhookJson>(
        await server.request(`/api/v1/webhooks/${webhook.id}`, { token: admin }),
      );
      return !current.active;
    });
    const current = await expectJson<WebhookJson>(
      await server.request(`/api/v1/webhooks/${webhook.id}`, { token: admin }),
    );
    expect(current.disabledReason).toBe('The receiver answered 410 Gone');
    const feed = await expectJson<{ items: EventJson[] }>(
      await server.request(`/api/v1/events?projectKeys=${key}&types=webhook.disabled`, { token: admin }),
    );
    expect(feed.items.map((event) => event.data)).toEqual([
      { webhookId: webhook.id, url: `${receiver.url}/…`, reason: 'gone', failingSince: null, responseStatus: 410 },
    ]);
    // A test message still goes out to a webhook that is off (and is told off again).
    const test = await expectJson<{ ok: boolean; responseStatus: number }>(
      await server.request(`/api/v1/webhooks/${webhook.id}/test`, { method: 'POST', token: admin }),
    );
    expect(test).toMatchObject({ ok: false, responseStatus: 410 });
  });

  it('sends a signed webhook.test on demand and reports the answer; redelivers a finished delivery', async () => {
    const key = await newProject();
    const webhook = await createWebhook(key, '/ping', { eventTypes: ['ticket.created'] });
    const result = await expectJson<{ ok: boolean; responseStatus: number; durationMs: number; error: string | null }>(
      await server.request(`/api/v1/webhooks/${webhook.id}/test`, { method: 'POST', token: admin }),
    );
    expect(result).toMatchObject({ ok: true, responseStatus: 204, error: null });
    expect(verify(webhook.secret, requestsTo('/ping')[0])).toMatchObject({
      type: 'webhook.test',
      project: { key },
      data: { webhookId: webhook.id },
    });
    expect(await deliveries(webhook.id)).toEqual([]);

    await createTicket(key);
    await until('the delivery', async () => (await deliveries(webhook.id))[0]?.state === 'succeeded');
    const [delivery] = await deliveries(webhook.id);
    const again = await expectJson<DeliveryJson>(
      await server.request(`/api/v1/webhooks/${webhook.id}/deliveries/${delivery?.id}/redeliver`, {
        method: 'POST',
        token: admin,
      }),
    );
    expect(again).toMatchObject({ id: delivery?.id, state: 'pending' });
    await until('the redelivery', async () => (await deliveries(webhook.id))[0]?.attempts === 2);
    const sent = requestsTo('/ping').filter((request) => request.headers['webhook-id'] === delivery?.id);
    expect(sent).toHaveLength(2);
    expect(verify(webhook.secret, sent[1])).toEqual(verify(webhook.secret, sent[0]));
  });
});
