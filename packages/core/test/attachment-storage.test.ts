import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { refusalOf } from '../src/attachments/file-policy.ts';
import { LocalStorage, UploadRejected } from '../src/attachments/storage/local-storage.ts';
import { contentDisposition } from '../src/attachments/storage/object-storage.ts';
import { loadSigningKey } from '../src/attachments/storage/signing-key.ts';
import { signFields, verifyFields } from '../src/attachments/storage/url-signature.ts';

const key = '00000000-0000-4000-8000-000000000001/00000000-0000-4000-8000-000000000002';

async function localStorage() {
  const root = await mkdtemp(join(tmpdir(), 'ticketing-local-'));
  return { root, storage: new LocalStorage({ root, signingKey: randomBytes(32), baseUrl: '' }) };
}

describe('the local driver', () => {
  it('never shows a partial upload: a body that breaks off leaves no object and no temporary file', async () => {
    const { root, storage } = await localStorage();
    const broken = new Readable({
      read() {
        this.push(Buffer.alloc(1024));
        this.destroy(new Error('connection reset'));
      },
    });
    await expect(storage.receive(key, 4096, broken)).rejects.toThrow('connection reset');
    expect(await storage.stat(key)).toBeNull();
    expect(await readdir(join(root, 'tmp'))).toEqual([]);
  });

  it('stores exactly the signed size: more or fewer bytes are refused and leave nothing', async () => {
    const { storage } = await localStorage();
    await expect(storage.receive(key, 3, Readable.from([Buffer.from('four')]))).rejects.toBeInstanceOf(UploadRejected);
    await expect(storage.receive(key, 5, Readable.from([Buffer.from('four')]))).rejects.toBeInstanceOf(UploadRejected);
    expect(await storage.stat(key)).toBeNull();
    await storage.receive(key, 4, Readable.from([Buffer.from('four')]));
    expect(await storage.stat(key)).toEqual({ size: 4 });
  });

  it('accepts only server-made object keys, so no path can leave its directory', async () => {
    const { storage } = await localStorage();
    for (const bad of ['../etc/passwd', `${key}/../../x`, 'a/b', '']) {
      await expect(storage.stat(bad)).rejects.toThrow('not an object key');
      expect(storage.verify('GET', bad, new URLSearchParams()).verdict).toEqual({ ok: false, reason: 'signature' });
    }
  });

  it('signs what a URL does: any changed field or an expiry in the past fails', async () => {
    const secret = randomBytes(32);
    const fields = {
      method: 'PUT' as const,
      key,
      expires: Math.floor(Date.now() / 1000) + 60,
      contentType: 'text/plain',
      size: 4,
    };
    const signature = signFields(secret, fields);
    expect(verifyFields(secret, fields, signature)).toEqual({ ok: true });
    for (const changed of [
      { size: 5 },
      { contentType: 'text/html' },
      { method: 'GET' as const },
      { key: key.replace('1/', '3/') },
    ]) {
      expect(verifyFields(secret, { ...fields, ...changed }, signature)).toEqual({ ok: false, reason: 'signature' });
    }
    expect(verifyFields(randomBytes(32), fields, signature)).toEqual({ ok: false, reason: 'signature' });
    const past = { ...fields, expires: fields.expires - 120 };
    expect(verifyFields(secret, past, signFields(secret, past))).toEqual({ ok: false, reason: 'expired' });
  });

  it('shares one generated signing key between processes starting at once', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'ticketing-key-')), 'files', '.signing-key');
    const keys = await Promise.all(Array.from({ length: 8 }, () => loadSigningKey(path)));
    expect(new Set(keys.map((k) => k.toString('hex'))).size).toBe(1);
    expect(keys[0]?.length).toBeGreaterThanOrEqual(32);
  });
});

describe('file policy and names', () => {
  it('refuses what could run in a browser or a desktop, by type or by extension', () => {
    expect(refusalOf('page.html', 'text/html')).toMatch(/not accepted/);
    expect(refusalOf('x.svg', 'image/svg+xml')).toMatch(/not accepted/);
    expect(refusalOf('Setup.EXE', 'application/octet-stream')).toMatch(/\.exe files/);
    expect(refusalOf('report.pdf', 'application/pdf')).toBeNull();
    expect(refusalOf('Makefile', 'text/plain')).toBeNull();
  });

  it('names the file in Content-Disposition, with the exact UTF-8 name only when it needs one', () => {
    expect(contentDisposition('report (1).pdf', false)).toBe('attachment; filename="report (1).pdf"');
    expect(contentDisposition('shot.png', true)).toBe('inline; filename="shot.png"');
    expect(contentDisposition('Übersicht "Q4".pdf', false)).toBe(
      `attachment; filename="_bersicht _Q4_.pdf"; filename*=UTF-8''%C3%9Cbersicht%20%22Q4%22.pdf`,
    );
  });
});
