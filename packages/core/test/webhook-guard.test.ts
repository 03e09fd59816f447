import { request } from 'undici';
import { afterAll, describe, expect, it } from 'vitest';
import type { WebhookConfig } from '../src/deps.ts';
import { startReceiver } from '../src/testing/webhook-receiver.ts';
import { addressRefusal } from '../src/webhooks/address-policy.ts';
import { guardedAgent, RefusedAddressError } from '../src/webhooks/guarded-agent.ts';
import { MAX_RESPONSE_BYTES, postWebhook } from '../src/webhooks/post-webhook.ts';
import { retryAfterMs } from '../src/webhooks/retry-schedule.ts';
import { DEFAULT_WEBHOOK_CONFIG } from '../src/webhooks/webhook-config.ts';
import { parseHttpUrl, redactedUrl, urlRefusal } from '../src/webhooks/webhook-url.ts';

const receiver = await startReceiver();
afterAll(() => receiver.close());
const { port } = new URL(receiver.url);

/**
 * Every way of writing the receiver's loopback address that a check of the name or of a DNS answer
 * lets through: decimal and hex IPv4 literals, IPv4-mapped IPv6, and a name the resolver turns into
 * 127.0.0.1 (what DNS rebinding does at the moment of the connect).
 */
const loopbackSpellings = ['127.0.0.1', '2130706433', '0x7f.1', '[::ffff:127.0.0.1]', 'localhost'];

describe('addressRefusal', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['fe80::1', 'linkLocal'],
    ['fd00:ec2::254', 'uniqueLocal'],
    ['fc00::1', 'uniqueLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:169.254.169.254', 'linkLocal'],
  ])('refuses %s (%s)', (address, range) => {
    expect(addressRefusal(address)).toContain(`a ${range} address`);
  });

  it.each(['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:93.184.216.34'])('accepts %s', (address) => {
    expect(addressRefusal(address)).toBeNull();
  });

  it('refuses what is not an address at all (a socket without a remote address)', () => {
    expect(addressRefusal('')).toMatch(/not an IP address/);
  });
});

describe('urlRefusal (when a webhook is saved, and before each attempt)', () => {
  const strict = DEFAULT_WEBHOOK_CONFIG;
  const refusalOf = (text: string, config: Pick<WebhookConfig, 'allowHttp' | 'allowPrivate'> = strict) => {
    const url = parseHttpUrl(text);
    if (!url) throw new Error(`not a URL: ${text}`);
    return urlRefusal(url, config);
  };

  it('accepts a public https URL', () => {
    expect(refusalOf('https://hooks.example.com/in?token=abc')).toBeNull();
    expect(refusalOf('https://93.184.216.34:8443/in')).toBeNull();
  });

  it('refuses http unless WEBHOOK_ALLOW_HTTP', () => {
    expect(refusalOf('http://hooks.example.com/')).toBe('A webhook URL must use https');
    expect(refusalOf('http://hooks.example.com/', { allowHttp: true, allowPrivate: false })).toBeNull();
  });

  it('refuses credentials in the URL', () => {
    expect(refusalOf('https://user:pw@hooks.example.com/')).toMatch(/user name or password/);
  });

  it.each([
    'https://127.0.0.1/',
    'https://2130706433/',
    'https://0x7f.1/',
    'https://[::ffff:127.0.0.1]/',
    'https://[::1]/',
    'https://169.254.169.254/latest/meta-data',
    'https://[fd00:ec2::254]/',
    'https://10.0.0.1/',
    'https://localhost/',
    'https://LOCALHOST./',
    'https://api.localhost/',
  ])('refuses %s unless WEBHOOK_ALLOW_PRIVATE', (text) => {
    expect(refusalOf(text)).toMatch(/public addresses|this machine/);
    expect(refusalOf(text, { allowHttp: false, allowPrivate: true })).toBeNull();
  });

  it('refuses anything but http and https before that', () => {
    expect(parseHttpUrl('ftp://hooks.example.com/')).toBeNull();
    expect(parseHttpUrl('not a url')).toBeNull();
    expect(parseHttpUrl('/relative/path')).toBeNull();
  });

  it('redacts path and query for events and logs', () => {
    expect(redactedUrl('https://hooks.example.com/services/T0/B0/secret')).toBe('https://hooks.example.com/…');
    expect(redactedUrl('https://hooks.example.com/?token=1')).toBe('https://hooks.example.com/…');
    expect(redactedUrl('https://hooks.example.com')).toBe('https://hooks.example.com/');
  });
});

describe('the address guard on the socket', () => {
  async function post(host: string, allowPrivate: boolean) {
    const agent = guardedAgent({ allowPrivate, connectTimeoutMs: 5_000 });
    try {
      const response = await request(`http://${host}:${port}/guard`, { dispatcher: agent, method: 'POST', body: '{}' });
      await response.body.text();
      return response.statusCode;
    } finally {
      await agent.destroy();
    }
  }

  it.each(loopbackSpellings)('refuses %s where it connects, before sending anything', async (host) => {
    const before = receiver.received.length;
    const error = await post(host, false).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(RefusedAddressError);
    expect((error as Error).message).toContain('127.0.0.1 is a loopback address');
    expect(receiver.received.length).toBe(before);
  });

  it.each(loopbackSpellings)(
    'lets %s through with WEBHOOK_ALLOW_PRIVATE (the same receiver is reachable)',
    async (host) => {
      const before = receiver.received.length;
      expect(await post(host, true)).toBe(204);
      expect(receiver.received.length).toBe(before + 1);
    },
  );
});

describe('postWebhook', () => {
  const open: WebhookConfig = { allowHttp: true, allowPrivate: true, timeoutMs: 2_000, retryScale: 1 };
  const message = (path: string) => ({
    url: `${receiver.url}${path}`,
    id: 'msg_1',
    body: '{"hello":"world"}',
    secrets: ['whsec_c2VjcmV0LWtleS1vbmU=', 'whsec_c2VjcmV0LWtleS10d28='],
  });

  it('POSTs the body as JSON with the Standard Webhooks headers, one signature per secret', async () => {
    receiver.answer(() => ({ status: 200, body: 'thanks' }));
    const result = await postWebhook(message('/signed'), open);
    expect(result).toMatchObject({ failure: null, status: 200, error: null });
    const got = receiver.received.at(-1);
    expect(got?.body).toBe('{"hello":"world"}');
    expect(got?.headers['content-type']).toBe('application/json');
    expect(got?.headers['webhook-id']).toBe('msg_1');
    expect(Number(got?.headers['webhook-timestamp'])).toBeCloseTo(Date.now() / 1000, -1);
    const signatures = String(got?.headers['webhook-signature']).split(' ');
    expect(signatures).toHaveLength(2);
    for (const signature of signatures) expect(signature).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    expect(signatures[0]).not.toBe(signatures[1]);
  });

  it('does not follow a redirect: a 3xx is a failure, and its target is never asked', async () => {
    receiver.answer((request) =>
      request.headers['webhook-id'] === 'msg_1'
        ? { status: 302, headers: { location: `${receiver.url}/moved` } }
        : { status: 200 },
    );
    const before = receiver.received.length;
    const result = await postWebhook(message('/redirect'), open);
    expect(result).toMatchObject({ failure: 'status', status: 302 });
    expect(receiver.received.length).toBe(before + 1);
  });

  it('reads at most 64 KB of the answer (an endless one included) and keeps a short excerpt as the error', async () => {
    receiver.answer(() => ({ status: 500, body: 'x', endless: true }));
    // Reading on would run into the timeout; stopping at the limit answers at once.
    const result = await postWebhook(message('/endless'), { ...open, timeoutMs: 10_000 });
    expect(result.failure).toBe('status');
    expect(result.status).toBe(500);
    expect(result.error).toBe(`The receiver answered 500: ${'x'.repeat(200)}`);
    expect(MAX_RESPONSE_BYTES).toBe(65_536);
  });

  it('gives up on a receiver that does not answer within the timeout', async () => {
    receiver.answer(() => 'hold');
    const result = await postWebhook(message('/slow'), { ...open, timeoutMs: 300 });
    expect(result).toMatchObject({ failure: 'timeout', status: null, error: 'No answer within 300 ms' });
  });

  it('reports a connection that fails as a network failure', async () => {
    const result = await postWebhook({ ...message(''), url: 'http://127.0.0.1:1/' }, open);
    expect(result.failure).toBe('network');
    expect(result.error).toContain('ECONNREFUSED');
  });

  it('refuses the receiver, without connecting, when private addresses are not allowed', async () => {
    const before = receiver.received.length;
    const result = await postWebhook(message('/private'), { ...open, allowPrivate: false });
    expect(result).toMatchObject({ failure: 'refused', status: null });
    expect(result.error).toContain('loopback');
    expect(receiver.received.length).toBe(before);
  });

  it('rethrows when the job’s own signal cuts it short (the process is stopping)', async () => {
    receiver.answer(() => 'hold');
    const controller = new AbortController();
    const sent = postWebhook(message('/stopping'), open, controller.signal);
    const stop = new Error('the process is stopping');
    setTimeout(() => controller.abort(stop), 100);
    await expect(sent).rejects.toBe(stop);
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates, bounded by the longest step of the schedule', () => {
    const now = Date.parse('2026-11-24T10:00:00Z');
    expect(retryAfterMs('30', now)).toBe(30_000);
    expect(retryAfterMs('Tue, 24 Nov 2026 10:02:00 GMT', now)).toBe(120_000);
    expect(retryAfterMs('Tue, 24 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('99999999', now)).toBe(24 * 3_600_000);
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs(undefined, now)).toBeNull();
  });
});
