import { events, jobs, notifications, webhookDeliveries, webhooks } from '@ticketing/db/schema';
import { concurrencyNote } from '@ticketing/db/testing/concurrency-note';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addComment } from '../src/comments/comments.ts';
import type { Deps } from '../src/deps.ts';
import { consumeBatch } from '../src/events/consume.ts';
import { readEvents } from '../src/events/read-events.ts';
import { GiveUp } from '../src/jobs/define-job.ts';
import { type JobRunner, runJobs } from '../src/jobs/run-jobs.ts';
import { makeActor, makeProject, makeTicket } from '../src/testing/factories.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';
import { type Reply, startReceiver, until } from '../src/testing/webhook-receiver.ts';
import { createWebhook } from '../src/webhooks/create-webhook.ts';
import { deleteWebhook } from '../src/webhooks/delete-webhook.ts';
import { deliverWebhookJob } from '../src/webhooks/deliver-job.ts';
import { DELIVERY_ACTOR } from '../src/webhooks/disable-webhook.ts';
import { listDeliveries } from '../src/webhooks/list-deliveries.ts';
import type { AttemptResult } from '../src/webhooks/post-webhook.ts';
import { redeliver } from '../src/webhooks/redeliver.ts';
import { MAX_ATTEMPTS } from '../src/webhooks/retry-schedule.ts';
import { createWebhookInput, listDeliveriesInput } from '../src/webhooks/schemas.ts';
import { updateWebhook } from '../src/webhooks/update-webhook.ts';
import { verdictOf } from '../src/webhooks/verdict.ts';
import { webhookConsumer } from '../src/webhooks/webhook-consumer.ts';
import { rejectionOf } from './support/helpers.ts';

// The receiver is on 127.0.0.1 over http, so this deployment allows both; retries wait a ten-
// thousandth of the schedule (5 s → 0.5 ms, 5 min → 30 ms, 30 min → 180 ms).
const webhookConfig = { allowHttp: true, allowPrivate: true, retryScale: 0.0001, timeoutMs: 5_000 };
const deps = await createTestDeps({ webhooks: webhookConfig });
const receiver = await startReceiver();
let runner: JobRunner | undefined;
afterAll(async () => {
  // The receiver first: it drops the request a test left held, so the runner stops at once.
  await receiver.close();
  await runner?.stop();
  await deps.connection.close();
});
const { db } = deps;
const { actor: lead } = await makeActor(db, { role: 'user' });

// Every webhook of this file has a path of its own on the receiver, which answers by path.
const answers = new Map<string, (nth: number) => Reply>();
receiver.answer((request) => {
  const nth = receiver.received.filter((other) => other.path === request.path).length;
  return answers.get(request.path)?.(nth) ?? { status: 204 };
});
const requestsTo = (path: string) => receiver.received.filter((request) => request.path === path);

/** Lets the consumer hand out everything that has happened. */
async function consumeAll(on: Deps['db'] = db): Promise<void> {
  while ((await consumeBatch(on, webhookConsumer)) > 0) {
    // Drain.
  }
}

beforeAll(async () => {
  // From 'now': the first run places the consumer after everything that happened before.
  await consumeAll();
  runner = await runJobs({ deps, listen: deps.connection.listen, definitions: [deliverWebhookJob], pollMs: 20 });
});

/** A project with a webhook (URL on the receiver at `path`, answered by `answer`). */
async function setUp(path: string, answer: (nth: number) => Reply, overrides: Record<string, unknown> = {}) {
  answers.set(path, answer);
  const project = await makeProject(deps, lead);
  const webhook = await createWebhook(
    deps,
    lead,
    createWebhookInput.parse({
      key: project.key,
      url: `${receiver.url}${path}`,
      eventTypes: ['ticket.created'],
      ...overrides,
    }),
  );
  return { project, webhook };
}

const deliveriesOf = (webhookId: string) =>
  db
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.webhookId, webhookId))
    .orderBy(asc(webhookDeliveries.eventId));
const deliveryRow = async (id: string) =>
  (await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, id)))[0];
const webhookRow = async (id: string) => (await db.select().from(webhooks).where(eq(webhooks.id, id)))[0];
const jobsOf = (deliveryId: string) =>
  db.select().from(jobs).where(sql`${jobs.payload}->>'deliveryId' = ${deliveryId}`).orderBy(asc(jobs.id));

/** Creates a ticket in the project and lets the consumer make its delivery to the webhook. */
async function ticketDelivery(projectKey: string, webhookId: string) {
  const ticket = await makeTicket(deps, lead, projectKey);
  await consumeAll();
  const [event] = await db.select().from(events).where(eq(events.ticketId, ticket.id));
  if (!event) throw new Error('no event');
  const [delivery] = await db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.webhookId, webhookId), eq(webhookDeliveries.eventId, event.id)));
  if (!delivery) throw new Error('no delivery');
  return { event, delivery };
}

const settled = (deliveryId: string, state: 'succeeded' | 'failed') =>
  until(`delivery ${deliveryId} to be ${state}`, async () => (await deliveryRow(deliveryId))?.state === state);

describe('the webhooks consumer', () => {
  it('makes one delivery and one job per event and matching active webhook of the event’s project', async () => {
    const project = await makeProject(deps, lead);
    const make = (overrides: Record<string, unknown>) =>
      createWebhook(
        deps,
        lead,
        createWebhookInput.parse({ key: project.key, url: `${receiver.url}/consumer`, ...overrides }),
      );
    const all = await make({});
    const createdOnly = await make({ eventTypes: ['ticket.created'] });
    const inactive = await make({ active: false });
    const elsewhere = await setUp('/elsewhere', () => ({ status: 204 }), { eventTypes: null });
    await consumeAll();

    const ticket = await makeTicket(deps, lead, project.key);
    await addComment(deps, lead, { key: ticket.key, body: 'Hello' });
    await consumeAll();
    await consumeAll();

    const ticketEvents = await db
      .select({ id: events.id, type: events.type })
      .from(events)
      .where(eq(events.ticketId, ticket.id))
      .orderBy(asc(events.id));
    expect(ticketEvents.map((event) => event.type)).toEqual(['ticket.created', 'comment.added']);
    const ids = ticketEvents.map((event) => event.id);
    const of = async (webhookId: string) =>
      (await deliveriesOf(webhookId)).filter((delivery) => ids.includes(delivery.eventId));
    expect((await of(all.id)).map((delivery) => delivery.eventId)).toEqual(ids);
    expect((await of(createdOnly.id)).map((delivery) => delivery.eventId)).toEqual([ids[0]]);
    expect(await of(inactive.id)).toEqual([]);
    expect(await of(elsewhere.webhook.id)).toEqual([]);

    const delivered = [...(await of(all.id)), ...(await of(createdOnly.id))].map((delivery) => delivery.id);
    const queued = await db.select().from(jobs).where(inArray(jobs.idempotencyKey, delivered));
    expect(queued.map((job) => job.idempotencyKey).sort()).toEqual([...delivered].sort());
    expect(queued.map((job) => job.queue)).toEqual(delivered.map(() => 'webhooks.deliver'));
    expect(queued.map((job) => (job.payload as { deliveryId: string }).deliveryId).sort()).toEqual(
      [...delivered].sort(),
    );
  });

  it('leaves out events from before the webhook existed', async () => {
    const project = await makeProject(deps, lead);
    const early = await makeTicket(deps, lead, project.key);
    const webhook = await createWebhook(
      deps,
      lead,
      createWebhookInput.parse({ key: project.key, url: `${receiver.url}/consumer` }),
    );
    const late = await makeTicket(deps, lead, project.key);
    await consumeAll();
    const eventOf = async (ticketId: string) =>
      (await db.select({ id: events.id }).from(events).where(eq(events.ticketId, ticketId)))[0]?.id;
    const delivered = (await deliveriesOf(webhook.id)).map((delivery) => delivery.eventId);
    expect(delivered).toContain(await eventOf(late.id));
    expect(delivered).not.toContain(await eventOf(early.id));
  });

  it(`hands each event to a webhook once while two processes consume at the same time${concurrencyNote(deps.connection.kind)}`, async () => {
    const project = await makeProject(deps, lead);
    const webhook = await createWebhook(
      deps,
      lead,
      createWebhookInput.parse({ key: project.key, url: `${receiver.url}/consumer`, eventTypes: ['ticket.created'] }),
    );
    const other = await deps.connection.reopen();
    let writing = true;
    const consumers = [db, other.db].map(async (on) => {
      while (writing) await consumeAll(on);
      await consumeAll(on);
    });
    for (let i = 0; i < 20; i++) await makeTicket(deps, lead, project.key);
    writing = false;
    await Promise.all(consumers);
    const delivered = await deliveriesOf(webhook.id);
    expect(delivered).toHaveLength(20);
    expect(
      await db.$count(
        jobs,
        inArray(
          jobs.idempotencyKey,
          delivered.map((d) => d.id),
        ),
      ),
    ).toBe(20);
  });
});

describe('a delivery', () => {
  it('POSTs the event exactly as the API shows it, once, and records the success', async () => {
    const { project, webhook } = await setUp('/ok', () => ({ status: 200 }));
    const { event, delivery } = await ticketDelivery(project.key, webhook.id);
    await settled(delivery.id, 'succeeded');
    const got = requestsTo('/ok');
    expect(got).toHaveLength(1);
    expect(got[0]?.headers['webhook-id']).toBe(delivery.id);
    const page = await readEvents(db, { after: event.id - 1, limit: 1, where: [eq(events.id, event.id)] });
    const body = JSON.parse(got[0]?.body ?? '');
    expect(body).toEqual(JSON.parse(JSON.stringify(page.items[0])));
    expect(body).toMatchObject({
      id: event.id,
      type: 'ticket.created',
      project: { id: project.id, key: project.key },
      actor: { kind: 'user', user: { id: lead.userId }, via: 'session' },
    });
    expect(await deliveryRow(delivery.id)).toMatchObject({
      attempts: 1,
      responseStatus: 200,
      error: null,
      nextAttemptAt: null,
    });
    expect((await deliveryRow(delivery.id))?.lastAttemptAt).toBeInstanceOf(Date);
    // The job's state is the runner's to write, just after the delivery row.
    await expect.poll(async () => (await jobsOf(delivery.id)).map((job) => job.state)).toEqual(['done']);
  });

  it('is retried after 500s, with the same webhook-id, until it succeeds; the success ends the failing streak', async () => {
    const { project, webhook } = await setUp('/flaky', (nth) =>
      nth <= 3 ? { status: 500, body: 'down' } : { status: 204 },
    );
    const { delivery } = await ticketDelivery(project.key, webhook.id);
    await until('the first failure', async () => (await webhookRow(webhook.id))?.failingSince !== null);
    await settled(delivery.id, 'succeeded');
    const got = requestsTo('/flaky');
    expect(got.map((request) => request.headers['webhook-id'])).toEqual(Array(4).fill(delivery.id));
    expect(await deliveryRow(delivery.id)).toMatchObject({ attempts: 4, responseStatus: 204, error: null });
    expect((await webhookRow(webhook.id))?.failingSince).toBeNull();
    // The job's state is the runner's to write, just after the delivery row.
    await expect
      .poll(async () => (await jobsOf(delivery.id)).map(({ state, attempts }) => ({ state, attempts })))
      .toEqual([{ state: 'done', attempts: 4 }]);
  });

  it('waits as Retry-After says (429 and 503), not on the schedule', async () => {
    const { project, webhook } = await setUp('/busy', () => ({ status: 503, headers: { 'retry-after': '3600' } }));
    const { delivery } = await ticketDelivery(project.key, webhook.id);
    await until('the first attempt', async () => (await deliveryRow(delivery.id))?.attempts === 1);
    // The delivery row is written by the attempt, the job's next run by the runner just after it.
    await until('the job to wait again', async () => (await jobsOf(delivery.id))[0]?.state === 'pending');
    const row = await deliveryRow(delivery.id);
    const wait = (row?.nextAttemptAt?.getTime() ?? 0) - (row?.lastAttemptAt?.getTime() ?? 0);
    // The schedule, scaled, would have waited 0.5 ms.
    expect(wait).toBeGreaterThan(3_590_000);
    expect(wait).toBeLessThan(3_610_000);
    const [job] = await jobsOf(delivery.id);
    expect(job?.state).toBe('pending');
    expect(Math.abs((job?.runAt.getTime() ?? 0) - (row?.nextAttemptAt?.getTime() ?? 0))).toBeLessThan(5_000);
    expect(row).toMatchObject({ state: 'pending', responseStatus: 503, error: 'The receiver answered 503' });
    expect(requestsTo('/busy')).toHaveLength(1);
  });

  it('gives up at once on another 4xx; the webhook stays on', async () => {
    const { project, webhook } = await setUp('/bad', () => ({ status: 400, body: 'no thanks' }));
    const { delivery } = await ticketDelivery(project.key, webhook.id);
    await settled(delivery.id, 'failed');
    expect(await deliveryRow(delivery.id)).toMatchObject({
      attempts: 1,
      responseStatus: 400,
      error: 'The receiver answered 400: no thanks',
      nextAttemptAt: null,
    });
    // The job's state is the runner's to write, just after the delivery row.
    await expect.poll(async () => (await jobsOf(delivery.id)).map((job) => job.state)).toEqual(['dead']);
    expect(requestsTo('/bad')).toHaveLength(1);
    expect(await webhookRow(webhook.id)).toMatchObject({ active: true, disabledReason: null });
    expect((await webhookRow(webhook.id))?.failingSince).toBeInstanceOf(Date);
  });

  it('on 410 Gone turns the webhook off at once, records webhook.disabled and tells its creator', async () => {
    const { project, webhook } = await setUp('/gone', () => ({ status: 410 }));
    const { delivery } = await ticketDelivery(project.key, webhook.id);
    await settled(delivery.id, 'failed');
    expect(await webhookRow(webhook.id)).toMatchObject({
      active: false,
      disabledReason: 'The receiver answered 410 Gone',
    });
    // The job's state is the runner's to write, just after the delivery row.
    await expect.poll(async () => (await jobsOf(delivery.id)).map((job) => job.state)).toEqual(['dead']);
    const [disabled] = await db
      .select()
      .from(events)
      .where(and(eq(events.type, 'webhook.disabled'), eq(events.projectId, project.id)));
    expect(disabled).toMatchObject({
      actorKind: 'system',
      actorId: null,
      actor: { process: DELIVERY_ACTOR.process },
      data: { webhookId: webhook.id, url: `${receiver.url}/…`, reason: 'gone', responseStatus: 410 },
    });
    const inbox = await db.select().from(notifications).where(eq(notifications.userId, lead.userId));
    expect(inbox.filter((entry) => entry.eventId === disabled?.id)).toMatchObject([
      { reason: 'webhook_disabled', ticketId: null },
    ]);

    // Later events no longer reach it; a delivery already queued is closed unsent.
    await makeTicket(deps, lead, project.key);
    await consumeAll();
    expect(await deliveriesOf(webhook.id)).toHaveLength(1);
    expect(requestsTo('/gone')).toHaveLength(1);
  });

  it('turns a webhook off when nothing has succeeded for three days', async () => {
    const { project, webhook } = await setUp('/failing', () => ({ status: 502 }));
    // The streak began three days ago (what three days of failed retries leave behind).
    await db.update(webhooks).set({ failingSince: sql`now() - interval '3 days'` }).where(eq(webhooks.id, webhook.id));
    const { delivery } = await ticketDelivery(project.key, webhook.id);
    await until('the webhook to be turned off', async () => (await webhookRow(webhook.id))?.active === false);
    expect((await webhookRow(webhook.id))?.disabledReason).toBe('No delivery succeeded for 3 days (last answer 502)');
    // Its retry, due at once at this scale, finds the webhook off and closes the delivery unsent.
    await settled(delivery.id, 'failed');
    expect(await deliveryRow(delivery.id)).toMatchObject({
      error: 'Not sent: the webhook is disabled',
      nextAttemptAt: null,
    });
    expect(requestsTo('/failing')).toHaveLength(1);
    const [disabled] = await db
      .select()
      .from(events)
      .where(and(eq(events.type, 'webhook.disabled'), eq(events.projectId, project.id)));
    expect(disabled?.data).toMatchObject({ reason: 'failing', responseStatus: 502 });
    const entries = await db
      .select()
      .from(notifications)
      .where(eq(notifications.eventId, disabled?.id ?? 0));
    expect(entries).toMatchObject([{ userId: lead.userId, reason: 'webhook_disabled' }]);
  });

  it('a failure short of three days only starts the streak', async () => {
    const { project, webhook } = await setUp('/failing-briefly', (nth) =>
      nth === 1 ? { status: 500 } : { status: 204 },
    );
    await db
      .update(webhooks)
      .set({ failingSince: sql`now() - interval '71 hours'` })
      .where(eq(webhooks.id, webhook.id));
    const { delivery } = await ticketDelivery(project.key, webhook.id);
    await settled(delivery.id, 'succeeded');
    expect(await webhookRow(webhook.id)).toMatchObject({ active: true, failingSince: null });
  });

  it('is refused without a request when private addresses are no longer allowed (the settings changed since it was saved)', async () => {
    const { project, webhook } = await setUp('/guarded', () => ({ status: 204 }));
    const [event] = await db.select({ id: events.id }).from(events).where(eq(events.projectId, project.id)).limit(1);
    if (!event) throw new Error('no event');
    // A delivery made by hand, so that the runner (which allows private addresses) never has a job for it.
    const [delivery] = await db
      .insert(webhookDeliveries)
      .values({ webhookId: webhook.id, eventId: event.id })
      .returning();
    if (!delivery) throw new Error('no delivery');
    const strict = { ...deps, config: { ...deps.config, webhooks: { ...webhookConfig, allowPrivate: false } } };
    const run = deliverWebhookJob.handle(
      { deliveryId: delivery.id },
      { deps: strict, jobId: 0, attempt: 1, signal: new AbortController().signal },
    );
    await expect(run).rejects.toBeInstanceOf(GiveUp);
    expect(await deliveryRow(delivery.id)).toMatchObject({ state: 'failed', attempts: 1, responseStatus: null });
    expect((await deliveryRow(delivery.id))?.error).toContain('127.0.0.1 is a loopback address');
    expect(requestsTo('/guarded')).toHaveLength(0);
  });

  it('of a webhook deleted meanwhile ends without a request', async () => {
    const { project, webhook } = await setUp('/deleted', () => ({ status: 204 }));
    const [event] = await db.select({ id: events.id }).from(events).where(eq(events.projectId, project.id)).limit(1);
    if (!event) throw new Error('no event');
    const [delivery] = await db
      .insert(webhookDeliveries)
      .values({ webhookId: webhook.id, eventId: event.id })
      .returning();
    if (!delivery) throw new Error('no delivery');
    await deleteWebhook(deps, lead, { id: webhook.id });
    const run = deliverWebhookJob.handle(
      { deliveryId: delivery.id },
      { deps, jobId: 0, attempt: 1, signal: new AbortController().signal },
    );
    await expect(run).resolves.toBeUndefined();
    expect(requestsTo('/deleted')).toHaveLength(0);
  });
});

describe('verdictOf', () => {
  const failed = (overrides: Partial<AttemptResult>): AttemptResult => ({
    failure: 'status',
    status: 500,
    retryAfterMs: null,
    durationMs: 1,
    error: 'x',
    ...overrides,
  });

  it('retries network errors, timeouts, 429 and 5xx; nothing else', () => {
    for (const result of [
      failed({ failure: 'network', status: null }),
      failed({ failure: 'timeout', status: null }),
      failed({ status: 429 }),
      failed({ status: 503 }),
    ]) {
      expect(verdictOf(result, 1, 1).kind).toBe('retry');
    }
    for (const status of [301, 302, 400, 401, 404, 422])
      expect(verdictOf(failed({ status }), 1, 1).kind).toBe('failed');
    expect(verdictOf(failed({ failure: 'refused', status: null }), 1, 1).kind).toBe('failed');
    expect(verdictOf(failed({ status: 410 }), 1, 1).kind).toBe('gone');
    expect(verdictOf(failed({ failure: null, status: 201 }), 1, 1).kind).toBe('succeeded');
  });

  it('follows the schedule (5 s, 5 min, 30 min … 24 h, ±10 %) and stops after the tenth attempt', () => {
    const now = 1_000_000;
    const waits = [1, 2, 3, 9].map((attempt) => {
      const verdict = verdictOf(failed({}), attempt, 1, now);
      return verdict.kind === 'retry' ? verdict.at.getTime() - now : -1;
    });
    const expected = [5_000, 300_000, 1_800_000, 86_400_000];
    for (const [i, wait] of waits.entries()) {
      expect(wait).toBeGreaterThanOrEqual((expected[i] ?? 0) * 0.9);
      expect(wait).toBeLessThanOrEqual((expected[i] ?? 0) * 1.1);
    }
    expect(MAX_ATTEMPTS).toBe(10);
    expect(verdictOf(failed({}), MAX_ATTEMPTS, 1).kind).toBe('failed');
    const retryAfter = verdictOf(failed({ status: 429, retryAfterMs: 42_000 }), 1, 0.0001, now);
    expect(retryAfter).toEqual({ kind: 'retry', at: new Date(now + 42_000) });
  });
});

describe('the delivery log and redelivery', () => {
  it('lists deliveries newest first, page by page, and by state', async () => {
    const { project, webhook } = await setUp('/log', () => ({ status: 204 }));
    const made = [];
    for (let i = 0; i < 5; i++) made.push((await ticketDelivery(project.key, webhook.id)).delivery);
    for (const delivery of made) await settled(delivery.id, 'succeeded');
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listDeliveries(deps, lead, listDeliveriesInput.parse({ id: webhook.id, limit: 2, cursor }));
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(made.map((delivery) => delivery.id).reverse());
    const [first] = (await listDeliveries(deps, lead, listDeliveriesInput.parse({ id: webhook.id, limit: 1 }))).items;
    expect(first).toMatchObject({ eventType: 'ticket.created', state: 'succeeded', attempts: 1, responseStatus: 204 });
    const pending = await listDeliveries(deps, lead, listDeliveriesInput.parse({ id: webhook.id, state: 'pending' }));
    expect(pending.items).toEqual([]);
  });

  it('sends a finished delivery again as a new job, with the same webhook-id; refuses while it is still being attempted', async () => {
    const { project, webhook } = await setUp('/again', (nth) =>
      nth === 1 ? { status: 404 } : nth === 2 ? 'hold' : { status: 200 },
    );
    const { delivery } = await ticketDelivery(project.key, webhook.id);
    await settled(delivery.id, 'failed');

    const scheduled = await redeliver(deps, lead, { id: webhook.id, deliveryId: delivery.id });
    expect(scheduled).toMatchObject({ id: delivery.id, state: 'pending', attempts: 1, eventType: 'ticket.created' });
    // The second attempt is held open by the receiver: a redelivery now would be a second one at once.
    await until('the second request', () => requestsTo('/again').length === 2);
    const busy = await rejectionOf(redeliver(deps, lead, { id: webhook.id, deliveryId: delivery.id }));
    expect(busy.code).toBe('E_CONFLICT');
    // The job's state is the runner's to write, just after the delivery row.
    await expect.poll(async () => (await jobsOf(delivery.id)).map((job) => job.state)).toEqual(['dead', 'running']);
  });

  it('refuses a delivery of another webhook (E_NOT_FOUND) and one of a webhook that is off (E_CONFLICT)', async () => {
    const { project, webhook } = await setUp('/other', () => ({ status: 204 }));
    const { delivery } = await ticketDelivery(project.key, webhook.id);
    await settled(delivery.id, 'succeeded');
    const second = await setUp('/second', () => ({ status: 204 }));
    expect((await rejectionOf(redeliver(deps, lead, { id: second.webhook.id, deliveryId: delivery.id }))).code).toBe(
      'E_NOT_FOUND',
    );
    await updateWebhook(deps, lead, { id: webhook.id, active: false });
    expect((await rejectionOf(redeliver(deps, lead, { id: webhook.id, deliveryId: delivery.id }))).code).toBe(
      'E_CONFLICT',
    );
    await updateWebhook(deps, lead, { id: webhook.id, active: true });
    await redeliver(deps, lead, { id: webhook.id, deliveryId: delivery.id });
    await until('the redelivery', () => requestsTo('/other').length === 2);
    expect(requestsTo('/other').map((request) => request.headers['webhook-id'])).toEqual([delivery.id, delivery.id]);
    await settled(delivery.id, 'succeeded');
    expect((await deliveryRow(delivery.id))?.attempts).toBe(2);
  });
});
