import type { Database } from '@ticketing/db/client';

export interface CoreConfig {
  /** When false, only admins create accounts (users.create). */
  allowRegistration: boolean;
}

/** What domain functions need from the outside world; no HTTP, no tRPC. */
export interface Deps {
  db: Database;
  config: CoreConfig;
}
