import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@ticketing/client/react';
import type { RouterInputs } from '@ticketing/client/types';
import type { ReactNode } from 'react';
import { BarChart } from './report-bar-chart.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';
import { Empty, Loading } from './ui/states.tsx';

export type ReportBase = RouterInputs['reports']['dashboard'];

/** A report's frame: its title, a CSV link with the same parameters, and its states. */
export function Section(props: {
  id: string;
  title: string;
  csv: string;
  query: { isPending: boolean; error: unknown; refetch(): unknown };
  controls?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={props.id} className="flex flex-col gap-2 rounded border border-slate-200 bg-white p-3">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id={props.id} className="font-semibold">
          {props.title}
        </h2>
        {props.controls}
        <span className="flex-1" />
        <a className="text-sm text-indigo-800 underline" href={props.csv}>
          CSV<span className="sr-only"> of {props.title}</span>
        </a>
      </div>
      {props.query.isPending ? (
        <Loading what={props.title.toLowerCase()} />
      ) : props.query.error ? (
        <ProblemNotice error={props.query.error} onRetry={() => void props.query.refetch()} />
      ) : (
        props.children
      )}
    </section>
  );
}

/** The REST URL of a report as CSV, with the page's parameters. */
export function csvUrl(path: string, input: Record<string, unknown>): string {
  const params = new URLSearchParams({ format: 'csv' });
  for (const [key, value] of Object.entries(input)) {
    if (value !== undefined && value !== '')
      params.set(key, value instanceof Date ? value.toISOString() : String(value));
  }
  return `/api/v1/reports/${path}?${params}`;
}

const statusNames = { open: 'Open', in_progress: 'In progress', blocked: 'Blocked', closed: 'Closed' } as const;

export function DashboardTiles({ input }: { input: ReportBase }) {
  const trpc = useTRPC();
  const report = useQuery(trpc.reports.dashboard.queryOptions(input));
  const data = report.data;
  const tiles: [string, number][] = data
    ? [
        ...Object.entries(data.byStatus).map(([status, n]): [string, number] => [
          statusNames[status as keyof typeof statusNames],
          n,
        ]),
        ['Created today', data.createdToday],
        ['Created in 7 days', data.createdLast7Days],
        ['Closed today', data.closedToday],
        ['Closed in 7 days', data.closedLast7Days],
        ['Overdue', data.overdue],
        ['Unassigned', data.unassigned],
        ['SLA breached', data.slaBreached],
      ]
    : [];
  return (
    <Section id="report-dashboard" title="Dashboard" csv={csvUrl('dashboard', input)} query={report}>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-5">
        {tiles.map(([name, value]) => (
          <div key={name} className="rounded bg-slate-50 p-2">
            <dt className="text-xs text-slate-700">{name}</dt>
            <dd className="text-xl font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
      {data && data.oldestOpen.length > 0 && (
        <div className="text-sm">
          <h3 className="font-medium">Oldest open</h3>
          <ul>
            {data.oldestOpen.map((ticket) => (
              <li key={ticket.key}>
                <a className="text-indigo-800 underline" href={`/tickets/${ticket.key}`}>
                  {ticket.key}
                </a>{' '}
                {ticket.title} · since {ticket.createdAt.toLocaleDateString()}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Section>
  );
}

export function CreatedVsResolved({ input, interval }: { input: ReportBase; interval: 'day' | 'week' | 'month' }) {
  const trpc = useTRPC();
  const full = { ...input, interval };
  const report = useQuery(trpc.reports.createdVsResolved.queryOptions(full));
  const buckets = report.data?.buckets ?? [];
  return (
    <Section id="report-created" title="Created vs resolved" csv={csvUrl('created-vs-resolved', full)} query={report}>
      <BarChart
        title={`Tickets created and resolved per ${interval}`}
        categories={buckets.map((bucket) => bucket.start)}
        series={[
          { name: 'Created', colour: '#4338ca', values: buckets.map((bucket) => bucket.created) },
          { name: 'Resolved', colour: '#059669', values: buckets.map((bucket) => bucket.resolved) },
        ]}
      />
      <details className="text-sm">
        <summary className="cursor-pointer">As a table</summary>
        <table className="mt-1 text-left">
          <thead>
            <tr>
              <th className="pr-4">{interval === 'day' ? 'Day' : interval === 'week' ? 'Week of' : 'Month'}</th>
              <th className="pr-4">Created</th>
              <th>Resolved</th>
            </tr>
          </thead>
          <tbody>
            {buckets.map((bucket) => (
              <tr key={bucket.start}>
                <td className="pr-4">{bucket.start}</td>
                <td className="pr-4">{bucket.created}</td>
                <td>{bucket.resolved}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </Section>
  );
}

type By = RouterInputs['reports']['breakdown']['by'];
const dimensions: Record<By, string> = {
  status: 'Status',
  priority: 'Priority',
  department: 'Department',
  assignee: 'Assignee',
  label: 'Label',
  project: 'Project',
};

export function Breakdown(props: { input: ReportBase; by: By; onBy(by: By): void }) {
  const trpc = useTRPC();
  const full = { ...props.input, by: props.by };
  const report = useQuery(trpc.reports.breakdown.queryOptions(full));
  const rows = report.data?.rows ?? [];
  const max = Math.max(1, ...rows.map((row) => row.total));
  return (
    <Section
      id="report-breakdown"
      title="Breakdown"
      csv={csvUrl('breakdown', full)}
      query={report}
      controls={
        <label className="flex items-center gap-1 text-sm">
          by
          <select
            className="rounded border border-slate-400 px-1 py-0.5"
            value={props.by}
            onChange={(event) => props.onBy(event.target.value as By)}
          >
            {Object.entries(dimensions).map(([value, name]) => (
              <option key={value} value={value}>
                {name}
              </option>
            ))}
          </select>
        </label>
      }
    >
      {rows.length === 0 ? (
        <Empty>No tickets created in this period.</Empty>
      ) : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr>
              <th>{dimensions[props.by]}</th>
              <th className="w-1/2">
                <span className="sr-only">Share</span>
              </th>
              <th>Open</th>
              <th>Closed</th>
              <th>Total</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.value ?? 'none'}>
                <td className="pr-2">{row.label}</td>
                <td aria-hidden="true">
                  <div className="flex h-3">
                    <div className="bg-indigo-700" style={{ width: `${(row.open / max) * 100}%` }} />
                    <div className="bg-emerald-600" style={{ width: `${(row.closed / max) * 100}%` }} />
                  </div>
                </td>
                <td className="px-2">{row.open}</td>
                <td className="px-2">{row.closed}</td>
                <td className="px-2">{row.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

/** Seconds as the largest fitting unit: 3 d 4 h, 5 h 20 min, 12 min. */
function duration(seconds: number | null): string {
  if (seconds === null) return '—';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

export function CycleTime({ input }: { input: ReportBase }) {
  const trpc = useTRPC();
  const report = useQuery(trpc.reports.cycleTime.queryOptions(input));
  const rows = report.data?.rows ?? [];
  return (
    <Section id="report-cycle" title="Lead and cycle time" csv={csvUrl('cycle-time', input)} query={report}>
      {rows.length === 0 ? (
        <Empty>No tickets closed in this period.</Empty>
      ) : (
        <table className="text-left text-sm">
          <thead>
            <tr>
              <th className="pr-4">Priority</th>
              <th className="pr-4">Closed</th>
              <th className="pr-4">Lead time median / p75 / p90</th>
              <th>Cycle time median / p75 / p90</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.priority ?? 'all'}>
                <td className="pr-4">{row.priority ?? 'All'}</td>
                <td className="pr-4">{row.leadTime.count}</td>
                <td className="pr-4">
                  {duration(row.leadTime.median)} / {duration(row.leadTime.p75)} / {duration(row.leadTime.p90)}
                </td>
                <td>
                  {duration(row.cycleTime.median)} / {duration(row.cycleTime.p75)} / {duration(row.cycleTime.p90)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

export function Aging({ input }: { input: ReportBase }) {
  const trpc = useTRPC();
  const report = useQuery(trpc.reports.aging.queryOptions(input));
  const rows = report.data?.rows ?? [];
  return (
    <Section id="report-aging" title="Aging of open tickets" csv={csvUrl('aging', input)} query={report}>
      <BarChart
        title="Open tickets by age"
        categories={rows.map((row) => row.age)}
        series={[
          { name: 'Open', colour: '#4338ca', values: rows.map((row) => row.open) },
          { name: 'In progress', colour: '#d97706', values: rows.map((row) => row.in_progress) },
          { name: 'Blocked', colour: '#b91c1c', values: rows.map((row) => row.blocked) },
        ]}
      />
    </Section>
  );
}

export function UserActivity({ input }: { input: ReportBase }) {
  const trpc = useTRPC();
  const report = useQuery(trpc.reports.userActivity.queryOptions(input));
  const rows = report.data?.rows ?? [];
  return (
    <Section id="report-activity" title="Activity by person" csv={csvUrl('user-activity', input)} query={report}>
      {rows.length === 0 ? (
        <Empty>Nobody did anything on these tickets in this period.</Empty>
      ) : (
        <table className="text-left text-sm">
          <thead>
            <tr>
              <th className="pr-4">Person</th>
              <th className="pr-4">Created</th>
              <th className="pr-4">Closed</th>
              <th className="pr-4">Transitions</th>
              <th>Comments</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.user.id}>
                <td className="pr-4">{row.user.name}</td>
                <td className="pr-4">{row.created}</td>
                <td className="pr-4">{row.closed}</td>
                <td className="pr-4">{row.transitions}</td>
                <td>{row.comments}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
