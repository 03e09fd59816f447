import { events, webhookDeliveries, webhooks } from '@ticketing/db/schema';
import { concurrencyNote } from '@ticketing/db/testing/concurrency-note';
import { and, asc, eq, gt, like, max } from 'drizzle-orm';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { makeActor, makeProject } from '../src/testing/factories.ts';
import { createTestDeps } from '../src/testing/test-deps.ts';
import { createWebhook, MAX_WEBHOOKS_PER_PROJECT } from '../src/webhooks/create-webhook.ts';
import { deleteWebhook } from '../src/webhooks/delete-webhook.ts';
import { getWebhook } from '../src/webhooks/get-webhook.ts';
import { listWebhooks } from '../src/webhooks/list-webhooks.ts';
import { rotateSecret } from '../src/webhooks/rotate-secret.ts';
import { createWebhookInput, updateWebhookInput } from '../src/webhooks/schemas.ts';
import { signingSecrets } from '../src/webhooks/secrets.ts';
import { updateWebhook } from '../src/webhooks/update-webhook.ts';
import { rejectionOf } from './support/helpers.ts';

const deps = await createTestDeps();
afterAll(() => deps.connection.close());
const { db } = deps;

const { actor: lead } = await makeActor(db, { role: 'user' });
const { actor: viewer, user: viewerUser } = await makeActor(db, { role: 'user' });
const { actor: outsider } = await makeActor(db, { role: 'user' });
const project = await makeProject(deps, lead, { members: [{ userId: viewerUser.id, role: 'viewer' }] });

const create = (overrides: Record<string, unknown> = {}, actor = lead) =>
  createWebhook(
    deps,
    actor,
    createWebhookInput.parse({ key: project.key, url: 'https://hooks.example.com/in', ...overrides }),
  );

let mark = 0;
beforeEach(async () => {
  const [row] = await db.select({ last: max(events.id) }).from(events);
  mark = row?.last ?? 0;
});

/** The webhook.* events written since the test began. */
const webhookEvents = async () =>
  (
    await db
      .select({ type: events.type, projectId: events.projectId, data: events.data })
      .from(events)
      .where(and(gt(events.id, mark), like(events.type, 'webhook.%')))
      .orderBy(asc(events.id))
  ).map((row) => ({ ...row, data: row.data as Record<string, unknown> }));

describe('creating a webhook', () => {
  it('returns the secret once, stores the URL as parsed, and records webhook.created without the secret', async () => {
    const webhook = await create({
      url: 'https://hooks.example.com/in/T0?token=abc#frag',
      eventTypes: ['ticket.created'],
    });
    expect(webhook).toMatchObject({
      projectKey: project.key,
      url: 'https://hooks.example.com/in/T0?token=abc',
      eventTypes: ['ticket.created'],
      active: true,
      failingSince: null,
      createdBy: lead.userId,
    });
    expect(webhook.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(webhook.secret.slice(6), 'base64')).toHaveLength(32);
    expect(await getWebhook(deps, lead, { id: webhook.id })).not.toHaveProperty('secret');
    const recorded = await webhookEvents();
    expect(recorded).toEqual([
      {
        type: 'webhook.created',
        projectId: project.id,
        data: {
          webhookId: webhook.id,
          url: 'https://hooks.example.com/…',
          eventTypes: ['ticket.created'],
          active: true,
        },
      },
    ]);
    expect(JSON.stringify(recorded)).not.toContain(webhook.secret.slice(6));
    expect(JSON.stringify(recorded)).not.toContain('token=abc');
  });

  it('takes all event types when none are named, and drops repeats', async () => {
    expect((await create()).eventTypes).toBeNull();
    expect((await create({ eventTypes: null })).eventTypes).toBeNull();
    expect((await create({ eventTypes: ['ticket.created', 'ticket.created'] })).eventTypes).toEqual(['ticket.created']);
  });

  it('refuses an event type the catalog does not have, and an empty list', () => {
    const parsed = createWebhookInput.safeParse({
      key: project.key,
      url: 'https://a.example/',
      eventTypes: ['ticket.exploded'],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['eventTypes', 0]);
    expect(createWebhookInput.safeParse({ key: project.key, url: 'https://a.example/', eventTypes: [] }).success).toBe(
      false,
    );
  });

  it('refuses a URL that is not one', () => {
    for (const url of ['not a url', 'hooks.example.com/in', 'ftp://hooks.example.com/', '']) {
      const parsed = createWebhookInput.safeParse({ key: project.key, url });
      expect(parsed.success, url).toBe(false);
      expect(parsed.error?.issues[0]?.path).toEqual(['url']);
    }
  });

  it.each([
    ['http://hooks.example.com/', 'A webhook URL must use https'],
    ['https://127.0.0.1/', 'loopback'],
    ['https://2130706433/', 'loopback'],
    ['https://0x7f.1/', 'loopback'],
    ['https://[::ffff:127.0.0.1]/', 'loopback'],
    ['https://169.254.169.254/', 'linkLocal'],
    ['https://[fd00:ec2::254]/', 'uniqueLocal'],
    ['https://192.168.0.10/', 'private'],
    ['https://localhost:8443/', 'this machine'],
    ['https://me:pw@hooks.example.com/', 'user name or password'],
  ])('refuses %s with E_VALIDATION on url', async (url, reason) => {
    const error = await rejectionOf(create({ url }));
    expect(error.code).toBe('E_VALIDATION');
    expect((error.details.fields as Record<string, string[]>).url?.[0]).toContain(reason);
  });

  it('accepts http and private addresses where the deployment allows them', async () => {
    const open = { ...deps, config: { ...deps.config, webhooks: { allowHttp: true, allowPrivate: true } } };
    const webhook = await createWebhook(
      open,
      lead,
      createWebhookInput.parse({ key: project.key, url: 'http://0x7f.1:9/x' }),
    );
    expect(webhook.url).toBe('http://127.0.0.1:9/x');
  });

  it('is for those who manage the project: a viewer is refused, an outsider finds no project', async () => {
    expect((await rejectionOf(create({}, viewer))).code).toBe('E_FORBIDDEN');
    expect((await rejectionOf(create({}, outsider))).code).toBe('E_NOT_FOUND');
    expect(await webhookEvents()).toEqual([]);
  });
});

describe('a webhook of a project you cannot see does not exist for you', () => {
  it('answers E_NOT_FOUND to an outsider for every operation, E_FORBIDDEN to a viewer', async () => {
    const { id } = await create();
    for (const actor of [outsider, viewer]) {
      const code = actor === outsider ? 'E_NOT_FOUND' : 'E_FORBIDDEN';
      expect((await rejectionOf(getWebhook(deps, actor, { id }))).code).toBe(code);
      expect((await rejectionOf(updateWebhook(deps, actor, { id, active: false }))).code).toBe(code);
      expect((await rejectionOf(rotateSecret(deps, actor, { id }))).code).toBe(code);
      expect((await rejectionOf(deleteWebhook(deps, actor, { id }))).code).toBe(code);
      expect((await rejectionOf(listWebhooks(deps, actor, { key: project.key }))).code).toBe(code);
    }
    expect((await getWebhook(deps, lead, { id })).active).toBe(true);
  });

  it('answers E_NOT_FOUND for an id that does not exist', async () => {
    const error = await rejectionOf(getWebhook(deps, lead, { id: crypto.randomUUID() }));
    expect(error.code).toBe('E_NOT_FOUND');
  });
});

describe('changing a webhook', () => {
  it('records what changed, old and new, and nothing when nothing did', async () => {
    const webhook = await create({ url: 'https://a.example/one' });
    mark = (await db.select({ last: max(events.id) }).from(events))[0]?.last ?? 0;
    const update = (input: Record<string, unknown>) =>
      updateWebhook(deps, lead, updateWebhookInput.parse({ id: webhook.id, ...input }));
    const updated = await update({ url: 'https://b.example/two', eventTypes: ['comment.added'], active: false });
    expect(updated).toMatchObject({ url: 'https://b.example/two', eventTypes: ['comment.added'], active: false });
    await update({ url: 'https://b.example/two', eventTypes: ['comment.added'], active: false });
    expect(await webhookEvents()).toEqual([
      {
        type: 'webhook.updated',
        projectId: project.id,
        data: {
          webhookId: webhook.id,
          changes: {
            url: { old: 'https://a.example/…', new: 'https://b.example/…' },
            eventTypes: { old: null, new: ['comment.added'] },
            active: { old: true, new: false },
          },
        },
      },
    ]);
  });

  it('validates a new URL like a new webhook', async () => {
    const { id } = await create();
    const error = await rejectionOf(updateWebhook(deps, lead, { id, url: 'https://10.0.0.1/' }));
    expect(error.code).toBe('E_VALIDATION');
    expect((await getWebhook(deps, lead, { id })).url).toBe('https://hooks.example.com/in');
  });

  it('clears the failing streak and the reason when turned back on', async () => {
    const { id } = await create();
    await db
      .update(webhooks)
      .set({
        active: false,
        failingSince: new Date(Date.now() - 86_400_000),
        disabledReason: 'The receiver answered 410 Gone',
      })
      .where(eq(webhooks.id, id));
    const on = await updateWebhook(deps, lead, { id, active: true });
    expect(on).toMatchObject({ active: true, failingSince: null, disabledReason: null });
  });
});

describe('rotating the secret', () => {
  it('returns a new secret; the old one signs too for 24 hours; the event carries neither', async () => {
    const webhook = await create();
    const rotated = await rotateSecret(deps, lead, { id: webhook.id });
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(webhook.secret);
    const expires = rotated.previousSecretExpiresAt?.getTime() ?? 0;
    expect(expires - Date.now()).toBeGreaterThan(23.9 * 3_600_000);
    expect(expires - Date.now()).toBeLessThanOrEqual(24 * 3_600_000);
    const [row] = await db.select().from(webhooks).where(eq(webhooks.id, webhook.id));
    if (!row) throw new Error('webhook vanished');
    expect(signingSecrets(row)).toEqual([rotated.secret, webhook.secret]);
    expect(signingSecrets(row, new Date(expires + 1))).toEqual([rotated.secret]);
    const recorded = await webhookEvents();
    expect(recorded.map((event) => event.type)).toEqual(['webhook.created', 'webhook.secret_rotated']);
    expect(recorded[1]?.data).toEqual({
      webhookId: webhook.id,
      previousSecretExpiresAt: new Date(expires).toISOString(),
    });
    for (const secret of [webhook.secret, rotated.secret])
      expect(JSON.stringify(recorded)).not.toContain(secret.slice(6));
  });

  it('a second rotation drops the first secret at once', async () => {
    const first = await create();
    const second = await rotateSecret(deps, lead, { id: first.id });
    const third = await rotateSecret(deps, lead, { id: first.id });
    const [row] = await db.select().from(webhooks).where(eq(webhooks.id, first.id));
    if (!row) throw new Error('webhook vanished');
    expect(signingSecrets(row)).toEqual([third.secret, second.secret]);
  });
});

describe('deleting a webhook', () => {
  it('removes it with its deliveries and records webhook.deleted', async () => {
    const webhook = await create();
    const [anyEvent] = await db.select({ id: events.id }).from(events).limit(1);
    if (!anyEvent) throw new Error('no event');
    await db.insert(webhookDeliveries).values({ webhookId: webhook.id, eventId: anyEvent.id });
    await deleteWebhook(deps, lead, { id: webhook.id });
    expect(await db.$count(webhooks, eq(webhooks.id, webhook.id))).toBe(0);
    expect(await db.$count(webhookDeliveries, eq(webhookDeliveries.webhookId, webhook.id))).toBe(0);
    expect((await webhookEvents()).at(-1)).toEqual({
      type: 'webhook.deleted',
      projectId: project.id,
      data: { webhookId: webhook.id, url: 'https://hooks.example.com/…' },
    });
    expect((await rejectionOf(getWebhook(deps, lead, { id: webhook.id }))).code).toBe('E_NOT_FOUND');
  });
});

describe('listing', () => {
  it('lists a project’s webhooks oldest first, without secrets', async () => {
    const other = await makeProject(deps, lead);
    const first = await createWebhook(
      deps,
      lead,
      createWebhookInput.parse({ key: other.key, url: 'https://one.example/' }),
    );
    const second = await createWebhook(
      deps,
      lead,
      createWebhookInput.parse({ key: other.key, url: 'https://two.example/' }),
    );
    const listed = await listWebhooks(deps, lead, { key: other.key });
    expect(listed.map((webhook) => webhook.id)).toEqual([first.id, second.id]);
    expect(JSON.stringify(listed)).not.toContain('whsec_');
  });
});

describe('the per-project cap', () => {
  it(`lets exactly ${MAX_WEBHOOKS_PER_PROJECT} of 30 concurrent creations through${concurrencyNote(deps.connection.kind)}`, async () => {
    const crowded = await makeProject(deps, lead);
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) =>
        createWebhook(deps, lead, createWebhookInput.parse({ key: crowded.key, url: `https://h${i}.example/` })),
      ),
    );
    const refused = results.flatMap((result) =>
      result.status === 'rejected' ? [result.reason as { code?: string }] : [],
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(MAX_WEBHOOKS_PER_PROJECT);
    expect(refused.map((error) => error.code)).toEqual(Array(30 - MAX_WEBHOOKS_PER_PROJECT).fill('E_CONFLICT'));
    expect((await listWebhooks(deps, lead, { key: crowded.key })).length).toBe(MAX_WEBHOOKS_PER_PROJECT);
  });
});
