import type { Ticket } from '@ticketing/client/types';
import { type SlaClockState, slaClocks, slaTargetNames } from '../lib/sla-clocks.ts';
import { formatTimeLeft } from '../lib/sla-time-left.ts';
import { useNow } from '../lib/use-now.ts';

const dueFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Where one target stands, in words; colour repeats what the words say. */
function SlaClockStatus({ state, now }: { state: SlaClockState; now: Date }) {
  switch (state.kind) {
    case 'breached':
      return <span className="font-medium text-red-800">Breached</span>;
    case 'met':
      return <span className="text-emerald-800">Met</span>;
    case 'paused':
      return <span className="text-slate-700">Paused while blocked</span>;
    case 'running': {
      const overdue = state.dueAt <= now;
      const tone = overdue ? 'font-medium text-red-800' : state.atRisk ? 'font-medium text-amber-800' : '';
      return (
        <span className="flex flex-col">
          <span className={tone}>
            {state.atRisk && !overdue && 'At risk: '}
            {formatTimeLeft(state.dueAt, now)}
          </span>
          <time dateTime={state.dueAt.toISOString()} className="text-xs text-slate-600">
            due {dueFormat.format(state.dueAt)}
          </time>
        </span>
      );
    }
  }
}

/** The ticket's SLA targets, each with its time left or outcome; nothing when no target applies. */
export function TicketSlaClocks({ ticket }: { ticket: Pick<Ticket, 'closedAt' | 'sla'> }) {
  const now = useNow();
  const clocks = slaClocks(ticket);
  if (clocks.length === 0) return null;
  return (
    <section aria-labelledby="ticket-sla-heading" className="flex flex-col gap-1">
      <h2 id="ticket-sla-heading" className="text-xs font-medium tracking-wide text-slate-600 uppercase">
        SLA
      </h2>
      <dl className="flex flex-col gap-1 text-sm">
        {clocks.map((clock) => (
          <div key={clock.target} className="flex items-baseline justify-between gap-2">
            <dt className="text-slate-700">{slaTargetNames[clock.target]}</dt>
            <dd className="text-right">
              <SlaClockStatus state={clock.state} now={now} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
