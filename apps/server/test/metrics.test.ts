import { afterAll, describe, expect, it } from 'vitest';
import { adminLogin, expectError, expectJson } from './support/http.ts';
import { startTestServer } from './support/test-server.ts';

const METRICS_TOKEN = 'metrics-token-for-the-test';
const server = await startTestServer({ METRICS_TOKEN });
afterAll(() => server.close());
const admin = await adminLogin(server);

const scrape = async () => {
  const response = await server.request('/metrics', { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
};

/** The value of the sample `name{labels}` in a scrape, or undefined. */
const sample = (text: string, name: string, labels: string) =>
  text
    .split('\n')
    .find((line) => line.startsWith(`${name}{`) && labels.split(',').every((label) => line.includes(label)))
    ?.split(' ')
    .at(-1);

async function until(what: string, done: () => Promise<boolean>): Promise<void> {
  for (const end = Date.now() + 15_000; !(await done()); ) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('GET /metrics', () => {
  it('needs the metrics token when METRICS_TOKEN is set, with the standard error', async () => {
    await expectError(await server.request('/metrics'), 401, 'E_UNAUTHENTICATED');
    await expectError(
      await server.request('/metrics', { headers: { authorization: 'Bearer not-the-metrics-token' } }),
      401,
      'E_UNAUTHENTICATED',
    );
    // A user's credentials are not the metrics token.
    await expectError(await server.request('/metrics', { token: admin }), 401, 'E_UNAUTHENTICATED');
  });

  it('counts requests by route template and status, with their latency', async () => {
    const { key } = await expectJson<{ key: string }>(
      await server.request('/api/v1/tickets', {
        method: 'POST',
        token: admin,
        json: { projectKey: 'TSK', title: 'Measured' },
      }),
    );
    await expectJson(await server.request(`/api/v1/tickets/${key}`, { token: admin }));
    await expectError(await server.request('/api/v1/tickets/TSK-999999', { token: admin }), 404, 'E_NOT_FOUND');
    const text = await scrape();
    const count = (status: string) =>
      Number(
        sample(
          text,
          'http_request_duration_seconds_count',
          `route="/api/v1/tickets/{key}",method="GET",status="${status}"`,
        ),
      );
    expect(count('200')).toBe(1);
    expect(count('404')).toBe(1);
    // The ticket's key is not a label: routes stay few however many tickets there are.
    expect(text).not.toContain(key);
    expect(
      sample(text, 'http_request_duration_seconds_bucket', 'route="/api/v1/tickets",method="POST",le="+Inf"'),
    ).toBe('1');
  });

  it('shows the job runner, the event consumers and the live streams', async () => {
    // The hourly pruning runs once at start; the consumers read the events the writes above made.
    await until('a job run and consumers caught up', async () => {
      const text = await scrape();
      return (
        sample(text, 'jobs_runs_total', 'queue="maintenance.prune",result="done"') === '1' &&
        sample(text, 'event_consumer_lag_events', 'consumer="inbox"') === '0'
      );
    });
    const text = await scrape();
    expect(sample(text, 'jobs', 'queue="maintenance.prune",state="done"')).toBe('1');
    expect(text).toContain('live_subscriptions 0');

    const stream = await server.request('/api/v1/events/stream', { token: admin });
    expect(stream.status).toBe(200);
    try {
      expect(await scrape()).toContain('live_subscriptions 1');
    } finally {
      await stream.body?.cancel();
    }
    await until('the stream closed', async () => (await scrape()).includes('live_subscriptions 0'));
    // Node's own process metrics come along.
    expect(text).toContain('process_resident_memory_bytes');
  });
});
