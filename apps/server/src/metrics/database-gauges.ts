import type { DbConnection } from '@ticketing/db/client';
import { rowsOf } from '@ticketing/db/rows';
import { sql } from 'drizzle-orm';
import { Gauge, type Registry } from 'prom-client';

/**
 * Figures read from the database when /metrics is scraped: the same for every process, so any one
 * of them can be scraped. Each is one short query; a failing one leaves its gauge unset rather than
 * failing the scrape.
 */
export function registerDatabaseGauges(registry: Registry, connection: DbConnection): void {
  const query = async <T>(text: ReturnType<typeof sql>): Promise<T[]> => {
    try {
      return rowsOf<T>(await connection.db.execute(text));
    } catch {
      return [];
    }
  };

  new Gauge({
    name: 'jobs',
    help: 'Background jobs by queue and state',
    labelNames: ['queue', 'state'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      const rows = await query<{ queue: string; state: string; n: number }>(
        sql`select queue, state::text as state, count(*)::int as n from jobs group by queue, state`,
      );
      for (const row of rows) this.set({ queue: row.queue, state: row.state }, row.n);
    },
  });

  new Gauge({
    name: 'jobs_oldest_due_seconds',
    help: 'Age of the oldest job that is due and not yet run, by queue',
    labelNames: ['queue'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      const rows = await query<{ queue: string; seconds: number }>(
        sql`select queue, extract(epoch from now() - min(run_at))::int as seconds
            from jobs where state = 'pending' and run_at <= now() group by queue`,
      );
      for (const row of rows) this.set({ queue: row.queue }, row.seconds);
    },
  });

  new Gauge({
    name: 'webhook_deliveries',
    help: 'Webhook deliveries by state (pending, succeeded, failed), as kept (see the pruning job)',
    labelNames: ['state'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      const rows = await query<{ state: string; n: number }>(
        sql`select state::text as state, count(*)::int as n from webhook_deliveries group by state`,
      );
      for (const row of rows) this.set({ state: row.state }, row.n);
    },
  });

  new Gauge({
    name: 'event_consumer_lag_events',
    help: 'Events in the log after each consumer’s position',
    labelNames: ['consumer'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      const rows = await query<{ name: string; lag: number }>(
        sql`select c.name, (select count(*) from events e where e.id > c.last_event_id)::int as lag
            from event_consumers c`,
      );
      for (const row of rows) this.set({ consumer: row.name }, row.lag);
    },
  });

  if (connection.kind === 'postgres') {
    new Gauge({
      name: 'database_connections',
      help: 'Connections to this database by state (all server processes), from pg_stat_activity',
      labelNames: ['state'] as const,
      registers: [registry],
      async collect() {
        this.reset();
        const rows = await query<{ state: string; n: number }>(
          sql`select coalesce(state, 'unknown') as state, count(*)::int as n from pg_stat_activity
              where datname = current_database() and pid <> pg_backend_pid() group by 1`,
        );
        for (const row of rows) this.set({ state: row.state }, row.n);
      },
    });
  }
}
