import { createHash } from 'node:crypto';
import { uploadAttachment } from '@ticketing/client/upload-attachment';
import { abandonedUploadsJob } from '@ticketing/core/attachments/abandoned-uploads-job';
import { enqueueJob } from '@ticketing/core/jobs/enqueue-job';
import { startTestS3 } from '@ticketing/core/testing/s3-server';
import { attachments } from '@ticketing/db/schema';
import { eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminLogin, createSignedInUser, expectError, expectJson } from './support/http.ts';
import { startTestServer, type TestServer } from './support/test-server.ts';

// The same story on both storage drivers, over real HTTP: the server's own signed /files URLs, and a
// real S3-compatible server (s3rver, which checks SigV4) reached through presigned URLs.
const s3 = await startTestS3();
afterAll(() => s3.close());

interface UploadJson {
  attachmentId: string;
  uploadUrl: string;
  method: 'PUT';
  headers: Record<string, string>;
  expiresAt: string;
}
interface AttachmentJson {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  state: 'pending' | 'ready';
  inline: boolean;
  downloadUrl: string | null;
  thumbnailUrl: string | null;
  uploader: { id: string; name: string };
}
interface FileSpec {
  name: string;
  type: string;
  bytes: Buffer;
  sha256?: string;
}

const EXPIRY_SECONDS = 3;
const MiB = 1024 * 1024;
const MAX_BYTES = 12 * MiB;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const textFile = (text = 'printer log\nline 2\n'): FileSpec => ({
  name: 'printer.log',
  type: 'text/plain',
  bytes: Buffer.from(text),
});

describe.each(['local', 's3'] as const)('attachments on %s storage', (driver) => {
  let server: TestServer;
  let admin: string;
  let member: { token: string; id: string };
  let colleague: { token: string; id: string };
  let viewer: string;
  let outsider: string;
  let ticketKey: string;
  const absolute = (url: string) => new URL(url, server.url).toString();

  const start = (token: string, file: FileSpec, key = ticketKey) =>
    server.request(`/api/v1/tickets/${key}/attachments`, {
      method: 'POST',
      token,
      json: { fileName: file.name, contentType: file.type, size: file.bytes.length, sha256: file.sha256 },
    });
  const put = (upload: UploadJson, body: Buffer, headers: Record<string, string> = {}) =>
    fetch(absolute(upload.uploadUrl), {
      method: 'PUT',
      headers: { ...upload.headers, ...headers },
      body: new Uint8Array(body),
    });
  const complete = (token: string, id: string) =>
    server.request(`/api/v1/attachments/${id}/complete`, { method: 'POST', token });
  const get = (token: string, id: string) => server.request(`/api/v1/attachments/${id}`, { token });

  async function attach(token: string, file: FileSpec): Promise<AttachmentJson> {
    const upload = await expectJson<UploadJson>(await start(token, file));
    expect((await put(upload, file.bytes)).status).toBe(200);
    return expectJson<AttachmentJson>(await complete(token, upload.attachmentId));
  }

  beforeAll(async () => {
    server = await startTestServer(
      {
        RATE_LIMIT_PER_MINUTE: '0',
        ATTACHMENT_MAX_BYTES: String(MAX_BYTES),
        // Small parts, so that a test file of 11 MiB goes to S3 in three.
        S3_MULTIPART_ABOVE_BYTES: String(6 * MiB),
        S3_PART_BYTES: String(5 * MiB),
        ATTACHMENT_UPLOAD_URL_SECONDS: String(EXPIRY_SECONDS),
        ATTACHMENT_DOWNLOAD_URL_SECONDS: String(EXPIRY_SECONDS),
      },
      driver === 's3' ? { storage: s3.storage } : {},
    );
    admin = await adminLogin(server);
    const people = await Promise.all([
      createSignedInUser(server, admin),
      createSignedInUser(server, admin),
      createSignedInUser(server, admin),
      createSignedInUser(server, admin),
    ]);
    const [m, c, v, o] = people.map(({ user, token }) => ({ id: user.id, token }));
    if (!m || !c || !v || !o) throw new Error('users missing');
    member = m;
    colleague = c;
    viewer = v.token;
    outsider = o.token;
    const key = `A${driver === 's3' ? 'S' : 'L'}${Date.now().toString(36).slice(-4).toUpperCase()}`;
    await expectJson(
      await server.request('/api/v1/projects', { method: 'POST', token: admin, json: { key, name: 'Files' } }),
    );
    for (const [userId, role] of [
      [m.id, 'member'],
      [c.id, 'member'],
      [v.id, 'viewer'],
    ] as const) {
      await expectJson(
        await server.request(`/api/v1/projects/${key}/members`, {
          method: 'POST',
          token: admin,
          json: { userId, role },
        }),
      );
    }
    const ticket = await expectJson<{ key: string }>(
      await server.request('/api/v1/tickets', {
        method: 'POST',
        token: m.token,
        json: { projectKey: key, title: 'Files' },
      }),
    );
    ticketKey = ticket.key;
  });
  afterAll(() => server.close());

  it('uploads straight to storage, completes, lists, downloads the same bytes, and records it on the ticket', async () => {
    const file = textFile();
    const attachment = await attach(member.token, {
      ...file,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
    });
    expect(attachment).toMatchObject({
      fileName: 'printer.log',
      contentType: 'text/plain',
      size: file.bytes.length,
      state: 'ready',
      inline: false,
    });
    expect(attachment.uploader.id).toBe(member.id);
    if (driver === 's3') expect(attachment.downloadUrl).toContain(s3.endpoint);
    else expect(attachment.downloadUrl).toMatch(/^\/files\//);

    const listed = await expectJson<AttachmentJson[]>(
      await server.request(`/api/v1/tickets/${ticketKey}/attachments`, { token: viewer }),
    );
    expect(listed.map((item) => item.id)).toContain(attachment.id);

    const fresh = await expectJson<AttachmentJson>(await get(viewer, attachment.id));
    const download = await fetch(absolute(fresh.downloadUrl ?? ''));
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(file.bytes);
    expect(download.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="printer.log"/);
    if (driver === 'local') expect(download.headers.get('x-content-type-options')).toBe('nosniff');

    const history = await expectJson<{ action: string; newValue: unknown }[]>(
      await server.request(`/api/v1/tickets/${ticketKey}/history`, { token: viewer }),
    );
    expect(history).toContainEqual(
      expect.objectContaining({
        action: 'attachment_added',
        newValue: { attachmentId: attachment.id, fileName: 'printer.log' },
      }),
    );
    const feed = await expectJson<{ items: { type: string; data: { attachmentId?: string } }[] }>(
      await server.request(`/api/v1/events?types=attachment.added`, { token: viewer }),
    );
    expect(feed.items.map((event) => event.data.attachmentId)).toContain(attachment.id);
    // Completing again changes nothing and answers the same attachment.
    expect((await expectJson<AttachmentJson>(await complete(member.token, attachment.id))).id).toBe(attachment.id);
  });

  it('attaches through the client package helper, reporting progress', async () => {
    const bytes = Buffer.from('uploaded by the helper');
    const progress: number[] = [];
    const attachment = await uploadAttachment(
      server.client(member.token),
      ticketKey,
      new File([new Uint8Array(bytes)], 'helper.txt', { type: 'text/plain' }),
      { baseUrl: server.url, onProgress: (loaded) => progress.push(loaded) },
    );
    expect(attachment).toMatchObject({ fileName: 'helper.txt', size: bytes.length, state: 'ready' });
    expect(progress).toEqual([0, bytes.length]);
    const refused = uploadAttachment(
      server.client(viewer),
      ticketKey,
      new File(['x'], 'x.txt', { type: 'text/plain' }),
      {
        baseUrl: server.url,
      },
    );
    await expect(refused).rejects.toMatchObject({ data: { error: 'E_FORBIDDEN' } });
  });

  it('sends a large file in parts where the storage takes them (S3), whole otherwise', async () => {
    const bytes = Buffer.alloc(11 * MiB);
    for (let i = 0; i < bytes.length; i += 4096) bytes.writeUInt32BE(i, i);
    const upload = await expectJson<UploadJson & { parts: { partNumber: number; size: number }[] }>(
      await start(member.token, { name: 'dump.bin', type: 'application/octet-stream', bytes }),
    );
    if (driver === 's3') {
      expect(upload.uploadUrl).toBeNull();
      expect(upload.parts.map((part) => [part.partNumber, part.size])).toEqual([
        [1, 5 * MiB],
        [2, 5 * MiB],
        [3, MiB],
      ]);
      // Without the parts' ETags there is nothing to join.
      await expectError(await complete(member.token, upload.attachmentId), 400, 'E_VALIDATION');
    } else {
      expect(upload.parts).toEqual([]);
    }
    const progress: number[] = [];
    const attachment = await uploadAttachment(
      server.client(member.token),
      ticketKey,
      new File([new Uint8Array(bytes)], 'dump.bin', { type: 'application/octet-stream' }),
      { baseUrl: server.url, onProgress: (loaded) => progress.push(loaded) },
    );
    expect(attachment.size).toBe(bytes.length);
    expect(progress.at(-1)).toBe(bytes.length);
    const download = await fetch(absolute(attachment.downloadUrl ?? ''));
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('refuses to complete before the bytes arrived, and a declared SHA-256 the bytes do not match', async () => {
    const early = await expectJson<UploadJson>(await start(member.token, textFile()));
    await expectError(await complete(member.token, early.attachmentId), 409, 'E_CONFLICT');

    const file = { ...textFile('the real bytes'), sha256: 'a'.repeat(64) };
    const upload = await expectJson<UploadJson>(await start(member.token, file));
    expect((await put(upload, file.bytes)).status).toBe(200);
    const error = await expectError(await complete(member.token, upload.attachmentId), 400, 'E_VALIDATION');
    expect(error.details).toMatchObject({ fields: { sha256: [expect.any(String)] } });
    // The bad bytes were discarded: the same URL takes them again, still unverified.
    await expectError(await complete(member.token, upload.attachmentId), 409, 'E_CONFLICT');
  });

  it('refuses a tampered signature, another content type, a larger or a smaller body', async () => {
    const file = textFile('exactly these bytes');
    const upload = await expectJson<UploadJson>(await start(member.token, file));
    const url = new URL(absolute(upload.uploadUrl));
    const signatureParam = driver === 's3' ? 'X-Amz-Signature' : 'signature';
    const signature = url.searchParams.get(signatureParam) ?? '';
    url.searchParams.set(signatureParam, `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`);
    expect(
      (await fetch(url, { method: 'PUT', headers: upload.headers, body: new Uint8Array(file.bytes) })).status,
    ).toBe(403);
    expect((await put(upload, file.bytes, { 'content-type': 'text/html' })).status).toBe(403);
    expect((await put(upload, Buffer.concat([file.bytes, Buffer.from('more')]))).status).toBeGreaterThanOrEqual(400);
    expect((await put(upload, file.bytes.subarray(1))).status).toBeGreaterThanOrEqual(400);
    // None of it was stored.
    await expectError(await complete(member.token, upload.attachmentId), 409, 'E_CONFLICT');
    expect((await put(upload, file.bytes)).status).toBe(200);
    expect((await expectJson<AttachmentJson>(await complete(member.token, upload.attachmentId))).state).toBe('ready');
  });

  it('stores an upload URL’s file once: a replay cannot replace it', async () => {
    const file = textFile('the original');
    const upload = await expectJson<UploadJson>(await start(member.token, file));
    expect((await put(upload, file.bytes)).status).toBe(200);
    await expectJson(await complete(member.token, upload.attachmentId));
    if (driver === 's3') {
      // S3 enforces a signed If-None-Match: * (conditional writes); s3rver ignores it, so what is
      // checked here is that the condition is part of the signature and cannot be dropped.
      expect(new URL(upload.uploadUrl).searchParams.get('X-Amz-SignedHeaders')?.split(';')).toContain('if-none-match');
      const unconditional = await fetch(upload.uploadUrl, {
        method: 'PUT',
        headers: { 'content-type': 'text/plain' },
        body: new Uint8Array(file.bytes),
      });
      expect(unconditional.status).toBe(403);
    } else {
      expect((await put(upload, Buffer.from('the impostor!'))).status).toBe(403);
      expect((await put(upload, file.bytes)).status).toBe(409);
    }
    const fresh = await expectJson<AttachmentJson>(await get(member.token, upload.attachmentId));
    expect(Buffer.from(await (await fetch(absolute(fresh.downloadUrl ?? ''))).arrayBuffer()).toString()).toBe(
      'the original',
    );
  });

  it('lets upload and download URLs expire', async () => {
    const attachment = await attach(member.token, textFile());
    const download = (await expectJson<AttachmentJson>(await get(member.token, attachment.id))).downloadUrl ?? '';
    const file = textFile('too late');
    const upload = await expectJson<UploadJson>(await start(member.token, file));
    await sleep((EXPIRY_SECONDS + 1.5) * 1000);
    expect((await put(upload, file.bytes)).status).toBe(403);
    expect((await fetch(absolute(download))).status).toBe(403);
  });

  it('refuses files over the size limit and types that could run, before any URL exists', async () => {
    const big = await start(member.token, {
      name: 'big.bin',
      type: 'application/octet-stream',
      bytes: Buffer.alloc(MAX_BYTES + 1),
    });
    await expectError(big, 413, 'E_PAYLOAD_TOO_LARGE');
    for (const [name, type] of [
      ['page.html', 'text/html'],
      ['logo.svg', 'image/svg+xml'],
      ['setup.exe', 'application/octet-stream'],
      ['notes.txt', 'text/plain; charset=utf-8'],
      ['../../etc/passwd', 'text/plain'],
    ]) {
      await expectError(
        await start(member.token, { name: name ?? '', type: type ?? '', bytes: Buffer.from('x') }),
        400,
        'E_VALIDATION',
      );
    }
  });

  it('serves inert images inline and makes a 320 px WebP thumbnail of them', async () => {
    const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#3366cc' } })
      .png()
      .toBuffer();
    const attachment = await attach(member.token, { name: 'screenshot.png', type: 'image/png', bytes: png });
    expect(attachment.inline).toBe(true);
    const image = await fetch(absolute(attachment.downloadUrl ?? ''));
    expect(image.headers.get('content-disposition')).toMatch(/^inline/);
    let thumbnailUrl: string | null = null;
    for (let attempt = 0; attempt < 100 && !thumbnailUrl; attempt++) {
      thumbnailUrl = (await expectJson<AttachmentJson>(await get(member.token, attachment.id))).thumbnailUrl;
      if (!thumbnailUrl) await sleep(100);
    }
    const thumbnail = await fetch(absolute(thumbnailUrl ?? ''));
    expect(thumbnail.headers.get('content-type')).toBe('image/webp');
    const metadata = await sharp(Buffer.from(await thumbnail.arrayBuffer())).metadata();
    expect({ format: metadata.format, width: metadata.width, height: metadata.height }).toEqual({
      format: 'webp',
      width: 320,
      height: 213,
    });
  });

  it('is NOT_FOUND from another project, by id, by ticket and for completing or deleting', async () => {
    const attachment = await attach(member.token, textFile());
    await expectError(await get(outsider, attachment.id), 404, 'E_NOT_FOUND');
    await expectError(
      await server.request(`/api/v1/tickets/${ticketKey}/attachments`, { token: outsider }),
      404,
      'E_NOT_FOUND',
    );
    await expectError(
      await server.request(`/api/v1/attachments/${attachment.id}`, { method: 'DELETE', token: outsider }),
      404,
      'E_NOT_FOUND',
    );
    await expectError(await complete(outsider, attachment.id), 404, 'E_NOT_FOUND');
    await expectError(await start(outsider, textFile()), 404, 'E_NOT_FOUND');
    // A download URL names one object: pointing it at another breaks its signature.
    const other = await attach(member.token, textFile('another file'));
    const url = new URL(absolute(attachment.downloadUrl ?? ''));
    const otherKey = new URL(absolute(other.downloadUrl ?? '')).pathname;
    url.pathname = otherKey;
    expect((await fetch(url)).status).toBe(403);
  });

  it('deletes for the uploader and moderators only; the object goes after the delete commits', async () => {
    const attachment = await attach(member.token, textFile());
    const download = absolute(attachment.downloadUrl ?? '');
    const remove = (token: string) =>
      server.request(`/api/v1/attachments/${attachment.id}`, { method: 'DELETE', token });
    await expectError(await remove(viewer), 403, 'E_FORBIDDEN');
    await expectError(await remove(colleague.token), 403, 'E_FORBIDDEN');
    await expectJson(await remove(member.token));
    await expectError(await get(member.token, attachment.id), 404, 'E_NOT_FOUND');
    // Polled while the object is removed: every answer is whole, a 200 or a 404, never cut off.
    let status = 200;
    for (let attempt = 0; attempt < 100 && status === 200; attempt++) {
      status = (await fetch(download)).status;
      if (status === 200) await sleep(100);
    }
    expect(status).toBe(404);
    const history = await expectJson<{ action: string }[]>(
      await server.request(`/api/v1/tickets/${ticketKey}/history`, { token: viewer }),
    );
    expect(history.map((entry) => entry.action)).toContain('attachment_deleted');
    // An admin moderates others' attachments.
    const another = await attach(colleague.token, textFile());
    await expectJson(await server.request(`/api/v1/attachments/${another.id}`, { method: 'DELETE', token: admin }));
  });

  it('keeps attachments with a deleted ticket and brings them back with it', async () => {
    const ticket = await expectJson<{ key: string }>(
      await server.request('/api/v1/tickets', {
        method: 'POST',
        token: member.token,
        json: { projectKey: ticketKey.split('-')[0], title: 'Doomed' },
      }),
    );
    const upload = await expectJson<UploadJson>(await start(member.token, textFile(), ticket.key));
    expect((await put(upload, textFile().bytes)).status).toBe(200);
    const attachment = await expectJson<AttachmentJson>(await complete(member.token, upload.attachmentId));
    await expectJson(await server.request(`/api/v1/tickets/${ticket.key}`, { method: 'DELETE', token: admin }));
    await expectError(await get(member.token, attachment.id), 404, 'E_NOT_FOUND');
    await expectJson(await server.request(`/api/v1/tickets/${ticket.key}/restore`, { method: 'POST', token: admin }));
    expect((await expectJson<AttachmentJson>(await get(member.token, attachment.id))).state).toBe('ready');
  });

  it('removes uploads never completed after a day, row and object', async () => {
    const file = textFile('abandoned');
    const upload = await expectJson<UploadJson>(await start(member.token, file));
    expect((await put(upload, file.bytes)).status).toBe(200);
    const db = server.connection.db;
    await db
      .update(attachments)
      .set({ createdAt: sql`now() - interval '25 hours'` })
      .where(eq(attachments.id, upload.attachmentId));
    const [row] = await db.select().from(attachments).where(eq(attachments.id, upload.attachmentId));
    await enqueueJob(db, abandonedUploadsJob, {});
    let left = 1;
    for (let attempt = 0; attempt < 100 && left > 0; attempt++) {
      left = (await db.select().from(attachments).where(eq(attachments.id, upload.attachmentId))).length;
      if (left > 0) await sleep(100);
    }
    expect(left).toBe(0);
    if (driver === 's3') expect(await s3.storage.stat(row?.objectKey ?? '')).toBeNull();
    await expectError(await complete(member.token, upload.attachmentId), 404, 'E_NOT_FOUND');
  });
});
