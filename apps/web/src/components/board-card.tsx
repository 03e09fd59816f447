import { Link } from '@tanstack/react-router';
import type { Ticket, TicketStatus } from '@ticketing/client/types';
import { type DragEvent, useEffect, useId, useRef } from 'react';
import { statusLabels } from './board-rules.ts';
import { ProblemNotice } from './ui/problem-notice.tsx';

const priorityClass = {
  low: 'bg-slate-100 text-slate-700',
  medium: 'bg-sky-100 text-sky-900',
  high: 'bg-amber-100 text-amber-900',
  critical: 'bg-red-100 text-red-900',
} as const satisfies Record<Ticket['priority'], string>;

export interface BoardCardProps {
  ticket: Ticket;
  pending: boolean;
  error: unknown;
  /** Focus the card's "Move to…" control once it appears (after a keyboard move re-homes it). */
  takeFocus: boolean;
  onFocusTaken(): void;
  onDragStart(ticket: Ticket): void;
  onDragEnd(): void;
  onMove(ticket: Ticket, status: TicketStatus): void;
  onDismissError(key: string): void;
}

/** One ticket on the board: dragged with a pointer, or moved with its "Move to…" select. */
export function BoardCard(props: BoardCardProps) {
  const { ticket } = props;
  const titleId = useId();
  const moveId = useId();
  const select = useRef<HTMLSelectElement>(null);
  const { takeFocus, onFocusTaken } = props;
  const immovable = props.pending || ticket.allowedTransitions.length === 0;

  // A disabled select cannot take focus: wait until the server's answer makes it usable again.
  useEffect(() => {
    if (!takeFocus || immovable) return;
    select.current?.focus();
    onFocusTaken();
  }, [takeFocus, immovable, onFocusTaken]);

  const dragStart = (event: DragEvent) => {
    // Some browsers start no drag without data; the key is also what another window would need.
    event.dataTransfer.setData('text/plain', ticket.key);
    event.dataTransfer.effectAllowed = 'move';
    props.onDragStart(ticket);
  };

  return (
    <li>
      <article
        aria-labelledby={titleId}
        aria-busy={props.pending}
        draggable={!props.pending}
        onDragStart={dragStart}
        onDragEnd={props.onDragEnd}
        className={`rounded border border-slate-200 bg-white p-2 shadow-sm focus-within:ring-2 focus-within:ring-indigo-500 ${
          props.pending ? 'opacity-60' : 'cursor-grab active:cursor-grabbing'
        }`}
      >
        <h3 id={titleId} className="text-sm">
          <Link
            to="/tickets/$key"
            params={{ key: ticket.key }}
            draggable={false}
            className="font-mono text-xs text-indigo-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600"
          >
            {ticket.key}
          </Link>{' '}
          <span className="text-slate-900">{ticket.title}</span>
        </h3>
        <div className="mt-1 flex flex-wrap items-center gap-1 text-xs">
          <span className={`rounded px-1.5 ${priorityClass[ticket.priority]}`}>{ticket.priority}</span>
          {ticket.assignees.length > 0 && (
            <span className="text-slate-600">{ticket.assignees.map((person) => person.name).join(', ')}</span>
          )}
          {ticket.dueDate && <span className="text-slate-600">due {ticket.dueDate}</span>}
        </div>
        <div className="mt-2 flex items-center gap-1">
          <label htmlFor={moveId} className="text-xs text-slate-700">
            Move to…
          </label>
          <select
            id={moveId}
            ref={select}
            aria-describedby={titleId}
            value=""
            disabled={immovable}
            onChange={(event) => {
              const status = ticket.allowedTransitions.find((allowed) => allowed === event.target.value);
              if (status) props.onMove(ticket, status);
            }}
            className="rounded border border-slate-300 bg-white px-1 py-0.5 text-xs focus-visible:outline-2 focus-visible:outline-indigo-600"
          >
            <option value="">{props.pending ? 'Moving…' : 'Choose a column'}</option>
            {ticket.allowedTransitions.map((status) => (
              <option key={status} value={status}>
                {statusLabels[status]}
              </option>
            ))}
          </select>
        </div>
        {props.error !== undefined && (
          <div className="mt-2">
            <ProblemNotice error={props.error} />
            <button
              type="button"
              className="mt-1 text-xs text-slate-700 underline"
              onClick={() => props.onDismissError(ticket.key)}
            >
              Dismiss<span className="sr-only"> the error on {ticket.key}</span>
            </button>
          </div>
        )}
      </article>
    </li>
  );
}
