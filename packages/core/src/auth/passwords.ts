import { hash, verify } from '@node-rs/argon2';
import { safeText } from '../text.ts';

// OWASP's argon2id recommendation: 19 MiB, 2 iterations, 1 lane. argon2id is the library default.
const argon2Options = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

// Safe text although only argon2 sees it: an unpaired surrogate is hashed as U+FFFD, so two different
// passwords would verify alike.
export const passwordSchema = safeText({ max: 256, tooLong: 'Password must be at most 256 characters' }).min(
  8,
  'Password must be at least 8 characters',
);

export const hashPassword = (password: string) => hash(password, argon2Options);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies against a throwaway hash so that a login for an unknown email costs the same
 * argon2 work as one with a wrong password (no account enumeration by timing).
 */
export async function burnPasswordCheck(password: string): Promise<false> {
  dummyHash ??= hashPassword('not-a-real-password-just-timing');
  await verifyPassword(await dummyHash, password);
  return false;
}
