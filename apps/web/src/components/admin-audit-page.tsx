import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTRPC } from '@ticketing/client/react';
import type { RouterOutputs } from '@ticketing/client/types';
import type { ReactNode } from 'react';
import { cell } from './admin-table.tsx';
import { Button } from './ui/button.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';
import { Timestamp } from './ui/timestamp.tsx';

type AuditEvent = RouterOutputs['admin']['audit']['items'][number];

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_COLUMNS = ['Id', 'When', 'Type', 'Who', 'Project', 'Ticket', 'What changed'];

export interface AuditFilters {
  types: string[] | undefined;
  actor: string | undefined;
}

function who(event: AuditEvent) {
  const name = event.actor.user?.name ?? event.actor.kind;
  return event.actor.via === 'token' ? `${name} (API token)` : name;
}

function AuditRow({ event }: { event: AuditEvent }) {
  return (
    <tr>
      <td className={`${cell} font-mono`}>{event.id}</td>
      <td className={cell}>
        <Timestamp date={event.createdAt} />
      </td>
      <td className={`${cell} font-mono`}>{event.type}</td>
      <td className={cell}>{who(event)}</td>
      <td className={cell}>{event.project?.key ?? '—'}</td>
      <td className={cell}>
        {event.ticket ? (
          <Link to="/tickets/$key" params={{ key: event.ticket.key }} className="text-indigo-800 underline">
            {event.ticket.key}
          </Link>
        ) : (
          '—'
        )}
      </td>
      <td className={cell}>
        <details>
          <summary className="cursor-pointer">Data</summary>
          <pre className="max-w-md overflow-x-auto text-xs whitespace-pre-wrap">
            {JSON.stringify(event.data, null, 2)}
          </pre>
        </details>
      </td>
    </tr>
  );
}

/**
 * One page of the audit log, after a given event id. The log pages by `after`/`nextAfter`, not by a
 * `cursor`, so instead of an infinite query each loaded page is its own query, one `<tbody>` each.
 */
export function AuditPage(props: { after: number; filters: AuditFilters; last: boolean; onMore(after: number): void }) {
  const trpc = useTRPC();
  const page = useQuery(
    trpc.admin.audit.queryOptions({ after: props.after, limit: AUDIT_PAGE_SIZE, ...props.filters }),
  );
  const fullWidth = (content: ReactNode) => (
    <tbody>
      <tr>
        <td colSpan={AUDIT_COLUMNS.length} className={cell}>
          {content}
        </td>
      </tr>
    </tbody>
  );
  if (page.isPending) return fullWidth(<p role="status">Loading events…</p>);
  if (page.isError) return fullWidth(<ProblemNotice error={page.error} onRetry={() => page.refetch()} />);
  const { items, nextAfter } = page.data;
  if (items.length === 0 && props.after === 0) return fullWidth(<p>No events match.</p>);
  // A full page means there may be more; a short one means the log ends here for now.
  const more = props.last && items.length === AUDIT_PAGE_SIZE && nextAfter > props.after;
  return (
    <>
      <tbody className="divide-y divide-slate-100">
        {items.map((event) => (
          <AuditRow key={event.id} event={event} />
        ))}
      </tbody>
      {more && fullWidth(<Button onClick={() => props.onMore(nextAfter)}>Load more events</Button>)}
    </>
  );
}
