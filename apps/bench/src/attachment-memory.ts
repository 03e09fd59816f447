import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { freshDatabase } from './run/bench-database.ts';
import { rssOf, startServerProcess } from './run/server-process.ts';

// `pnpm --filter @ticketing/bench attachment-memory [--mb 100]`: one file of that size uploaded to the
// production server's local storage (the path where bytes do pass through the server: with S3 they
// never do), completed with a SHA-256 check, and downloaded, sampling the server's RSS throughout.
const { values } = parseArgs({ options: { mb: { type: 'string', default: '100' } } });
const size = Number(values.mb) * 1024 * 1024;
const CHUNK = 1024 * 1024;
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const databaseUrl = await freshDatabase(serverUrl, 'ticketing_attachment_bench');
const dataDir = await mkdtemp(join(tmpdir(), 'attachment-bench-'));
const server = await startServerProcess(databaseUrl, 3211, {
  DATA_DIR: dataDir,
  RATE_LIMIT_PER_MINUTE: '0',
  ATTACHMENT_MAX_BYTES: String(Math.max(size, 1024)),
  HTTP_REQUEST_TIMEOUT_MS: '600000',
});
const pid = server.child.pid ?? 0;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

/** Samples the server's RSS every 20 ms while `work` runs; returns the peak. */
async function peakDuring(work: () => Promise<void>): Promise<number> {
  let peak = rssOf(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, rssOf(pid));
  }, 20);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, rssOf(pid));
}

/** The file's bytes, made a chunk at a time so this process holds 1 MB of it, not all of it. */
function chunkOf(index: number): Uint8Array {
  const chunk = Buffer.alloc(Math.min(CHUNK, size - index * CHUNK), index % 251);
  chunk.writeUInt32BE(index, 0);
  return chunk;
}

try {
  const api = async <T>(method: string, path: string, token?: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${server.url}/api/v1${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const { token } = await api<{ token: string }>('POST', '/auth/login', undefined, {
    email: 'admin@company.com',
    password: 'bench-admin-password',
  });
  const ticket = await api<{ key: string }>('POST', '/tickets', token, { projectKey: 'TSK', title: 'A large file' });
  const hash = createHash('sha256');
  for (let index = 0; index * CHUNK < size; index++) hash.update(chunkOf(index));
  const sha256 = hash.digest('hex');
  // Settle: the first requests load code and warm pools.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const baseline = rssOf(pid);

  const upload = await api<{ attachmentId: string; uploadUrl: string; headers: Record<string, string> }>(
    'POST',
    `/tickets/${ticket.key}/attachments`,
    token,
    { fileName: 'large.bin', contentType: 'application/octet-stream', size, sha256 },
  );
  let started = Date.now();
  const uploadPeak = await peakDuring(async () => {
    let index = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (index * CHUNK >= size) controller.close();
        else controller.enqueue(chunkOf(index++));
      },
    });
    const response = await fetch(new URL(upload.uploadUrl, server.url), {
      method: 'PUT',
      headers: { ...upload.headers, 'content-length': String(size) },
      body,
      duplex: 'half',
    } as RequestInit);
    if (!response.ok) throw new Error(`upload: ${response.status} ${await response.text()}`);
  });
  const uploadSeconds = (Date.now() - started) / 1000;

  let downloadUrl = '';
  const completePeak = await peakDuring(async () => {
    const attachment = await api<{ downloadUrl: string }>(
      'POST',
      `/attachments/${upload.attachmentId}/complete`,
      token,
    );
    downloadUrl = attachment.downloadUrl;
  });

  started = Date.now();
  let received = 0;
  const check = createHash('sha256');
  const downloadPeak = await peakDuring(async () => {
    const response = await fetch(new URL(downloadUrl, server.url));
    if (!response.ok || !response.body) throw new Error(`download: ${response.status}`);
    for await (const chunk of response.body) {
      received += chunk.length;
      check.update(chunk);
    }
  });
  const downloadSeconds = (Date.now() - started) / 1000;
  if (received !== size || check.digest('hex') !== sha256) throw new Error('the download differs from the upload');

  console.log(
    `${mb(size)} MB through the local storage: server RSS ${mb(baseline)} MB before; ` +
      `peak ${mb(uploadPeak)} MB uploading (${uploadSeconds.toFixed(1)} s), ${mb(completePeak)} MB completing (SHA-256 of the stored file), ` +
      `${mb(downloadPeak)} MB downloading (${downloadSeconds.toFixed(1)} s); the most above the start: ${mb(Math.max(uploadPeak, completePeak, downloadPeak) - baseline)} MB`,
  );
} finally {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
