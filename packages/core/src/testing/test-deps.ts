import { createTestDatabase, type TestDatabase } from '@ticketing/db/testing/database';
import type { CoreConfig, Deps } from '../deps.ts';

export interface TestDeps extends Deps {
  connection: TestDatabase;
}

/** Domain dependencies over a fresh database for one test file. */
export async function createTestDeps(
  config: Partial<CoreConfig> = {},
  options: Parameters<typeof createTestDatabase>[0] = {},
): Promise<TestDeps> {
  const connection = await createTestDatabase(options);
  return { db: connection.db, config: { allowRegistration: true, ...config }, connection };
}
