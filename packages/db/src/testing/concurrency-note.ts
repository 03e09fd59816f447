import type { DbKind } from '../client.ts';

/**
 * What a test name appends to a claim about concurrent transactions. PGlite is one connection: it runs
 * the "concurrent" transactions one after another, so no interleaving ever happens there and a pass on
 * it proves only the sequential behaviour. The PostgreSQL pass is where the claim is tested.
 */
export function concurrencyNote(kind: DbKind): string {
  return kind === 'pglite' ? ' (PGlite: one transaction at a time; the PostgreSQL pass is the proof)' : '';
}
