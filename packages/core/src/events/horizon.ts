import type { Executor } from '@ticketing/db/client';
import { rowsOf } from '@ticketing/db/rows';
import { sql } from 'drizzle-orm';

/**
 * The id below which every event is settled (committed or rolled back, none in flight): readers
 * hand out only events below it, read by a statement that starts after this call, so an event that
 * commits after a larger one is never skipped and every reader sees events in id order. See the
 * events_horizon() function (migration 0006) and recordEvents for the locking that makes it so.
 */
export async function eventsHorizon(db: Executor): Promise<number> {
  const result = await db.execute(sql`select events_horizon()::text as horizon`);
  const horizon = rowsOf<{ horizon: string }>(result)[0]?.horizon;
  if (horizon === undefined) throw new Error('events_horizon() returned no row');
  return Number(horizon);
}
