import type { Ticket } from '@ticketing/client/types';
import { slaSummary } from '../lib/sla-clocks.ts';
import { formatTimeLeft } from '../lib/sla-time-left.ts';
import { useNow } from '../lib/use-now.ts';

const dueFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A ticket's SLA in a list cell: the nearest running due time, a missed target in red. */
export function TicketListSlaCell({ ticket }: { ticket: Pick<Ticket, 'closedAt' | 'sla'> }) {
  const now = useNow();
  const summary = slaSummary(ticket);
  if (!summary) return null;
  const left = summary.dueAt ? formatTimeLeft(summary.dueAt, now) : null;
  const due = summary.dueAt && (
    <time dateTime={summary.dueAt.toISOString()} title={`Due ${dueFormat.format(summary.dueAt)}`}>
      {left}
    </time>
  );
  if (summary.breached || (summary.dueAt && summary.dueAt <= now)) {
    return (
      <span className="font-medium whitespace-nowrap text-red-800">
        {summary.breached && 'Breached'}
        {summary.breached && due && ' · '}
        {due}
      </span>
    );
  }
  if (due) {
    return (
      <span className={`whitespace-nowrap ${summary.atRisk ? 'font-medium text-amber-800' : ''}`}>
        {summary.atRisk && 'At risk · '}
        {due}
      </span>
    );
  }
  if (summary.paused) return <span className="text-slate-700">Paused</span>;
  return summary.met ? <span className="text-emerald-800">Met</span> : null;
}
