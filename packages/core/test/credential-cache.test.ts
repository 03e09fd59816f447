import { describe, expect, it } from 'vitest';
import type { Actor } from '../src/actor.ts';
import { CredentialCache } from '../src/auth/credential-cache.ts';

const actor = (userId: string): Actor => ({ userId, role: 'user', via: { kind: 'session', sessionId: `s-${userId}` } });
const credential = (userId: string, expiresAt: number | null = null) => ({
  actor: actor(userId),
  expiresAt,
  stampedAt: 0,
});

describe('the credential cache', () => {
  it('keeps a lookup for its time to live, and never past the credential expiry', () => {
    const cache = new CredentialCache({ ttlMs: 1_000 });
    cache.set('a', credential('u1'), cache.generation(), 0);
    cache.set('b', credential('u2', 500), cache.generation(), 0);
    expect(cache.get('a', 999)?.actor.userId).toBe('u1');
    expect(cache.get('a', 1_000)).toBeUndefined();
    expect(cache.get('b', 499)?.actor.userId).toBe('u2');
    expect(cache.get('b', 500)).toBeUndefined();
  });

  it("forgets a user's credentials, and refuses what a lookup begun before the forget read", () => {
    const cache = new CredentialCache();
    cache.set('a', credential('u1'), cache.generation(), 0);
    cache.set('b', credential('u1'), cache.generation(), 0);
    cache.set('c', credential('u2'), cache.generation(), 0);
    const before = cache.generation();
    cache.forgetUser('u1');
    expect(cache.get('a', 1)).toBeUndefined();
    expect(cache.get('b', 1)).toBeUndefined();
    expect(cache.get('c', 1)?.actor.userId).toBe('u2');
    // A lookup that read the database before the change committed must not store the old answer.
    cache.set('a', credential('u1'), before, 2);
    expect(cache.get('a', 3)).toBeUndefined();
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it('holds at most its number of entries, dropping the oldest', () => {
    const cache = new CredentialCache({ maxEntries: 3 });
    for (const hash of ['a', 'b', 'c', 'd']) cache.set(hash, credential(hash), cache.generation(), 0);
    expect(cache.size).toBe(3);
    expect(cache.get('a', 1)).toBeUndefined();
    expect(cache.get('d', 1)?.actor.userId).toBe('d');
  });
});
