import type { DbConnection } from '@ticketing/db/client';
import { rowsOf } from '@ticketing/db/rows';
import { sql } from 'drizzle-orm';

export interface Settled {
  /** Whether the background work was done before the wait ran out. */
  settled: boolean;
  waitedMs: number;
  /** Events not yet read by the slowest consumer, and jobs due or running, when the wait ended. */
  eventsBehind: number;
  jobsOpen: number;
}

/**
 * Waits until the servers' background work on the database is done: every consumer of the event log
 * has read the last event and no job is due or running. A scenario's writes leave that work behind
 * (rules, SLA clocks, webhooks), and the next scenario, ours or the reference's, would otherwise be
 * measured while it runs — on two cores, as a server's own slowdown.
 */
export async function waitForBackgroundWork(connection: DbConnection, maxMs = 120_000): Promise<Settled> {
  const started = Date.now();
  for (;;) {
    const [row] = rowsOf<{ events_behind: number; jobs_open: number }>(
      await connection.db.execute(sql`
      select coalesce((select max(id) from events) - (select min(last_event_id) from event_consumers), 0)::int
               as events_behind,
             (select count(*) from jobs
               where (state = 'pending' and run_at <= now()) or state = 'running')::int as jobs_open`),
    );
    const eventsBehind = Math.max(0, row?.events_behind ?? 0);
    const jobsOpen = row?.jobs_open ?? 0;
    const waitedMs = Date.now() - started;
    if ((eventsBehind === 0 && jobsOpen === 0) || waitedMs >= maxMs) {
      return { settled: eventsBehind === 0 && jobsOpen === 0, waitedMs, eventsBehind, jobsOpen };
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
