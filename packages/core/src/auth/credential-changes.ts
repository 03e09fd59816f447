import type { DbConnection } from '@ticketing/db/client';
import type { Deps } from '../deps.ts';
import type { CredentialCache } from './credential-cache.ts';

/** Sent by the database at commit (migration 0018's triggers), with the user's id as payload. */
export const CREDENTIALS_CHANNEL = 'credentials_changed';

/**
 * Keeps this process's credential cache in step with every other's: a notified user is forgotten;
 * each time listening (re)starts, everything is, since notifications sent while it was down are lost.
 */
export function listenForCredentialChanges(
  connection: Pick<DbConnection, 'listen'>,
  cache: CredentialCache,
): Promise<() => Promise<void>> {
  return connection.listen(
    CREDENTIALS_CHANNEL,
    (userId) => (userId ? cache.forgetUser(userId) : cache.clear()),
    () => cache.clear(),
  );
}

/**
 * Forgets a user's cached credentials in this process the moment their change has committed, so the
 * next request here cannot beat the notification; other processes hear it from the database.
 */
export function forgetCredentials(deps: Deps, userId: string): void {
  deps.credentials?.forgetUser(userId);
}
