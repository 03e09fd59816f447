import type { Actor } from '../actor.ts';

/** A credential (session or API token) resolved once, kept so later requests skip the lookup. */
export interface CachedCredential {
  actor: Actor;
  /** When the credential itself expires (ms since the epoch), or null for a token that never does. */
  expiresAt: number | null;
  /** When its last-used time was last written (ms), so writes happen at most once a minute. */
  stampedAt: number;
}

export interface CredentialCacheOptions {
  /** Entries kept; the least recently stored go first. */
  maxEntries?: number;
  /**
   * How long an entry is trusted without asking the database again: the bound on staleness should a
   * change notification ever be lost (every change is also notified at commit; see listenForChanges).
   */
  ttlMs?: number;
}

interface Entry extends CachedCredential {
  cachedAt: number;
}

/**
 * This process's cache of credential lookups, keyed by the credential's hash. Anything that ends or
 * narrows a user's credentials (logout, revocation, password change, deactivation, a role change) makes
 * every process forget that user: at once in the process that made it (forgetUser), and in every other
 * on the `credentials_changed` notification the database sends at commit (migration 0018).
 */
export class CredentialCache {
  readonly #entries = new Map<string, Entry>();
  readonly #maxEntries: number;
  readonly #ttlMs: number;
  // Bumped by every forget: a lookup that started before one must not store what it read.
  #generation = 0;

  constructor(options: CredentialCacheOptions = {}) {
    this.#maxEntries = options.maxEntries ?? 10_000;
    this.#ttlMs = options.ttlMs ?? 30_000;
  }

  /** Taken before reading the database; passed back to `set`. */
  generation(): number {
    return this.#generation;
  }

  get(hash: string, now: number): CachedCredential | undefined {
    const entry = this.#entries.get(hash);
    if (!entry) return undefined;
    if (now - entry.cachedAt >= this.#ttlMs || (entry.expiresAt !== null && now >= entry.expiresAt)) {
      this.#entries.delete(hash);
      return undefined;
    }
    return entry;
  }

  set(hash: string, credential: CachedCredential, generation: number, now: number): void {
    if (generation !== this.#generation) return;
    this.#entries.delete(hash);
    if (this.#entries.size >= this.#maxEntries) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    this.#entries.set(hash, { ...credential, cachedAt: now });
  }

  /** Records a last-used write scheduled now, so the next request does not schedule another. */
  stamped(hash: string, now: number, expiresAt: number | null): void {
    const entry = this.#entries.get(hash);
    if (entry) Object.assign(entry, { stampedAt: now, expiresAt });
  }

  forgetUser(userId: string): void {
    this.#generation++;
    for (const [hash, entry] of this.#entries) {
      if (entry.actor.userId === userId) this.#entries.delete(hash);
    }
  }

  clear(): void {
    this.#generation++;
    this.#entries.clear();
  }

  get size(): number {
    return this.#entries.size;
  }
}
