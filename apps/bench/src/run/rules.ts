// The rules scenario: 20 enabled automation rules on the hot project while tickets are created, and
// the rule lag (event committed → run finished) read back from the database afterwards.
import type postgres from 'postgres';

type Json = Record<string, unknown>;

/**
 * Twenty rules as a project might have them: most on ticket.created, some on ticket.updated; most
 * with conditions a new bench ticket (open, medium, no labels, no due date, titled "Bench ticket N")
 * does not meet, three that act on every one (a label, a priority, a comment). None loops: only one
 * rule listens to rules' changes (the priority one), and its conditions never hold.
 */
export function benchRules(projectKey: string): Json[] {
  const created = (name: string, conditions: string, actions: Json[]): Json => ({
    name,
    projectKey,
    trigger: { type: 'event', event: 'ticket.created' },
    conditions,
    actions,
  });
  const updated = (name: string, fields: string[] | undefined, conditions: string, actions: Json[]): Json => ({
    name,
    projectKey,
    trigger: { type: 'event', event: 'ticket.updated', ...(fields ? { fields } : {}) },
    conditions,
    actions,
  });
  return [
    // Act on every new ticket.
    created('Triage label on new tickets', 'status:open', [{ type: 'addLabels', labels: ['triage'] }]),
    created('Bench tickets are high', '"bench ticket" priority:medium', [{ type: 'setPriority', priority: 'high' }]),
    created('Acknowledge new tickets', '', [
      { type: 'comment', body: 'Thanks, {{ticket.key}} is in the queue ({{rule.name}}).' },
    ]),
    // Never match a bench ticket.
    created('Critical tickets to the reporter', 'priority:critical', [
      { type: 'assign', assignee: { kind: 'reporter' } },
    ]),
    created('Security is high', 'label:security', [{ type: 'setPriority', priority: 'high' }]),
    created('Customer escalations', 'priority>=high label:customer', [{ type: 'addLabels', labels: ['escalate'] }]),
    created('Blocked on arrival', 'status:blocked', [{ type: 'comment', body: '{{ticket.key}} arrived blocked.' }]),
    created('Outages are critical', 'label:outage,incident', [{ type: 'setPriority', priority: 'critical' }]),
    created('Untriaged critical', 'priority:critical -label:triaged', [
      { type: 'addLabels', labels: ['needs-triage'] },
    ]),
    created('Overdue on arrival', 'is:overdue', [{ type: 'comment', body: '{{ticket.key}} is already overdue.' }]),
    created('Printer fires', '"printer on fire"', [{ type: 'addLabels', labels: ['hardware'] }]),
    created('Due tomorrow', 'due<=+1d', [{ type: 'setPriority', priority: 'high' }]),
    created('VIP due in a day', 'label:vip', [{ type: 'setDueDate', inDays: 1 }]),
    created('Closed on arrival', 'status:closed', [{ type: 'removeLabels', labels: ['triage'] }]),
    updated('Critical without escalation', ['priority'], 'priority:critical -label:escalated', [
      { type: 'addLabels', labels: ['escalated'] },
    ]),
    updated('Won’t fix closes', ['labels'], 'label:wontfix', [{ type: 'transition', status: 'closed' }]),
    updated('Regressions are high', undefined, 'label:regression priority<=medium', [
      { type: 'setPriority', priority: 'high' },
    ]),
    updated('Password resets', ['title', 'description'], '"password reset"', [
      { type: 'addLabels', labels: ['account'] },
    ]),
    updated('Overdue reminder', ['dueDate'], 'is:overdue', [{ type: 'comment', body: '{{ticket.key}} is overdue.' }]),
    updated('Blocked tickets unassigned', undefined, 'status:blocked label:stale', [{ type: 'unassign' }]),
  ].map((rule, index) => ({ ...rule, allowRuleTrigger: index === 14, enabled: false }));
}

/** The rules, created through the API (disabled), switched on and off, removed. */
export class RuleSet {
  private ids: string[] = [];
  constructor(
    private readonly url: string,
    private readonly token: string,
  ) {}

  private async call(method: string, path: string, body?: unknown): Promise<Json> {
    const response = await fetch(`${this.url}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return text ? (JSON.parse(text) as Json) : {};
  }

  async create(rules: Json[]): Promise<void> {
    for (const rule of rules) this.ids.push(String((await this.call('POST', '/workflows', rule)).id));
  }

  async setEnabled(enabled: boolean): Promise<void> {
    for (const id of this.ids) await this.call('POST', `/workflows/${id}/${enabled ? 'enable' : 'disable'}`, {});
  }

  async remove(): Promise<void> {
    for (const id of this.ids) await this.call('DELETE', `/workflows/${id}`);
    this.ids = [];
  }
}

/** The newest event's id: events after it are the next window's. */
export async function lastEventId(sql: postgres.Sql): Promise<number> {
  const [row] = await sql<{ id: string | null }[]>`select max(id)::text as id from events`;
  return Number(row?.id ?? 0);
}

const consumerPosition = (sql: postgres.Sql) =>
  sql`coalesce((select last_event_id from event_consumers where name = 'workflows'), 0)`;

/**
 * Waits until the workflow consumer has read every event of the window and (unless `consumerOnly`) no
 * run of them is pending or running, for at most `boundMs`. Returns whether it got there.
 */
export async function waitForRuns(
  sql: postgres.Sql,
  window: { after: number; upTo: number },
  boundMs: number,
  consumerOnly = false,
): Promise<boolean> {
  const { after, upTo } = window;
  const deadline = Date.now() + boundMs;
  for (;;) {
    const [row] = await sql<{ consumed: boolean; open: number }[]>`
      select ${consumerPosition(sql)} >= ${upTo} as consumed,
             (select count(*)::int from jobs
               where queue = 'workflows.run' and state in ('pending', 'running')
                 and (payload->>'eventId')::bigint > ${after} and (payload->>'eventId')::bigint <= ${upTo}) as open`;
    if (row?.consumed && (consumerOnly || row.open === 0)) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Rule runs still queued are dropped (counted), so that the next window, or scenario, does not pay
 * for them: those of a window not finished within the wait, and at the end, runs of rules that rules'
 * changes started after their window (the one rule that listens to them never acts).
 */
export async function dropOpenRuns(sql: postgres.Sql): Promise<number> {
  const dropped = await sql`delete from jobs where queue = 'workflows.run' and state = 'pending' returning id`;
  return dropped.length;
}

export interface LagSamples {
  /** Event committed → run finished, ms, per run (rule × event); null: not finished. */
  lags: (number | null)[];
  /** Event committed → the run's job enqueued by the consumer, ms. */
  enqueues: number[];
  outcomes: Record<string, number>;
  /** ticket.created events in the window. */
  events: number;
  /**
   * Runs of the window's events the consumer had not queued yet (it had not read them): estimated
   * from the runs per ticket.created event of the events it had read. Unfinished, too.
   */
  notQueued: number;
}

/**
 * The runs of the events of one window (event ids after `after`, up to `upTo`): from the event's row
 * (its transaction's time, a few ms before its commit) to the run's job marked done (just after the
 * run's own transaction committed; jobs.finished_at, the database's clock), or, for a run the
 * consumer decided without a job (conditions not met), to its row. A run whose job is not done yet
 * has no lag: it has not finished.
 */
export async function lagSamples(sql: postgres.Sql, window: { after: number; upTo: number }): Promise<LagSamples> {
  const { after, upTo } = window;
  const rows = await sql<{ lag: number | null; enqueue: number }[]>`
    select extract(epoch from j.finished_at - e.created_at)::float8 * 1000 as lag,
           extract(epoch from j.created_at - e.created_at)::float8 * 1000 as enqueue
      from jobs j join events e on e.id = (j.payload->>'eventId')::bigint
     where j.queue = 'workflows.run' and e.id > ${after} and e.id <= ${upTo}`;
  // Runs the consumer decided itself (conditions not met: no job): finished when their row was written.
  const decided = await sql<{ lag: number }[]>`
    select extract(epoch from r.created_at - e.created_at)::float8 * 1000 as lag
      from workflow_runs r join events e on e.id = r.event_id
     where e.id > ${after} and e.id <= ${upTo}
       and not exists (select 1 from jobs j where j.queue = 'workflows.run'
                         and j.idempotency_key = r.workflow_id || ':' || r.version || ':' || r.event_id)`;
  const outcomes = await sql<{ outcome: string; n: number }[]>`
    select outcome, count(*)::int as n from workflow_runs where event_id > ${after} and event_id <= ${upTo}
     group by outcome`;
  const [events] = await sql<{ n: number; unread: number }[]>`
    select count(*)::int as n, count(*) filter (where id > ${consumerPosition(sql)})::int as unread
      from events where type = 'ticket.created' and id > ${after} and id <= ${upTo}`;
  const read = (events?.n ?? 0) - (events?.unread ?? 0);
  return {
    lags: [...rows.map((row) => (row.lag === null ? null : Number(row.lag))), ...decided.map((row) => Number(row.lag))],
    enqueues: rows.map((row) => Number(row.enqueue)),
    outcomes: Object.fromEntries(outcomes.map((row) => [row.outcome, row.n])),
    events: events?.n ?? 0,
    notQueued: read > 0 ? Math.round(((events?.unread ?? 0) * rows.length) / read) : 0,
  };
}

export interface LagStats {
  /** Runs (rule × event) the windows' events started. */
  runs: number;
  /** Of them, finished within the wait. */
  finished: number;
  /** Of the unfinished, not even queued (estimated). */
  notQueued: number;
  /** ms; a run not finished counts as longer than any that finished (Infinity). */
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Event committed → job enqueued (the consumer's share), ms. */
  enqueueP50: number;
  enqueueP99: number;
  outcomes: Record<string, number>;
  /** Tickets created while the rules were on. */
  events: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0);

export function summarizeLag(samples: LagSamples[]): LagStats {
  const notQueued = samples.reduce((sum, sample) => sum + sample.notQueued, 0);
  const lags = [
    ...samples.flatMap((sample) => sample.lags).map((lag) => lag ?? Number.POSITIVE_INFINITY),
    ...Array.from({ length: notQueued }, () => Number.POSITIVE_INFINITY),
  ].sort((a, b) => a - b);
  const enqueues = samples.flatMap((sample) => sample.enqueues).sort((a, b) => a - b);
  const outcomes: Record<string, number> = {};
  for (const sample of samples)
    for (const [outcome, n] of Object.entries(sample.outcomes)) outcomes[outcome] = (outcomes[outcome] ?? 0) + n;
  return {
    runs: lags.length,
    finished: lags.filter(Number.isFinite).length,
    notQueued,
    p50: percentile(lags, 0.5),
    p95: percentile(lags, 0.95),
    p99: percentile(lags, 0.99),
    max: lags.at(-1) ?? 0,
    enqueueP50: percentile(enqueues, 0.5),
    enqueueP99: percentile(enqueues, 0.99),
    outcomes,
    events: samples.reduce((sum, sample) => sum + sample.events, 0),
  };
}
