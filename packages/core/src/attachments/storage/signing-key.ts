import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

const KEY_BYTES = 32;

/**
 * The key that signs local file URLs: from configuration, else generated once and kept at `path`.
 * Two processes starting at once agree: the file is created exclusively, and the loser reads the
 * winner's key (retrying briefly while the winner is still writing it).
 */
export async function loadSigningKey(path: string, configured?: string): Promise<Buffer> {
  if (configured) return Buffer.from(configured, 'utf8');
  await mkdir(dirname(path), { recursive: true });
  try {
    await writeFile(path, randomBytes(KEY_BYTES).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  for (let attempt = 0; attempt < 50; attempt++) {
    const text = (await readFile(path, 'utf8')).trim();
    if (text.length > 0) return Buffer.from(text, 'utf8');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`the file signing key at ${path} is empty`);
}
