import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@ticketing/client/react';
import { actorOf, describeChange, type Names } from './ticket-detail-history-text.ts';
import { ProblemNotice } from './ui/problem-notice.tsx';
import { Empty, Loading } from './ui/states.tsx';

/** Every change to the ticket, oldest first, as "who did what, when". */
export function HistoryTimeline({ ticketKey, names }: { ticketKey: string; names: Names }) {
  const trpc = useTRPC();
  const history = useQuery(trpc.tickets.history.queryOptions({ key: ticketKey }));
  return (
    <section aria-labelledby="ticket-history-heading">
      <h2 id="ticket-history-heading" className="mb-2 text-sm font-semibold text-slate-800">
        History
      </h2>
      {history.isPending ? (
        <Loading what="the history" />
      ) : history.error ? (
        <ProblemNotice error={history.error} onRetry={() => void history.refetch()} />
      ) : history.data.length === 0 ? (
        <Empty>No changes yet.</Empty>
      ) : (
        <ol className="flex flex-col gap-2 border-l-2 border-slate-200 pl-3">
          {history.data.map((entry) => (
            <li key={entry.id} className="text-sm">
              <span className="font-medium text-slate-900">{actorOf(entry)}</span>{' '}
              <span className="text-slate-800">{describeChange(entry, names)}</span>{' '}
              <time dateTime={entry.createdAt.toISOString()} className="text-xs text-slate-600">
                {entry.createdAt.toLocaleString()}
              </time>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
