import type { TicketStatus } from '@ticketing/client/types';
import { type DragEvent, type ReactNode, useId } from 'react';
import { type DropState, statusLabels } from './board-rules.ts';

const stateClass: Record<DropState, string> = {
  idle: 'border-slate-200 bg-slate-100',
  origin: 'border-slate-300 bg-slate-100',
  allowed: 'border-indigo-500 border-dashed bg-indigo-50',
  // Visibly out of reach while a card is dragged: faded, hatched, and a no-entry cursor.
  disallowed:
    'cursor-not-allowed border-slate-200 bg-[repeating-linear-gradient(45deg,var(--color-slate-100)_0_6px,var(--color-slate-200)_6px_12px)] opacity-50',
};

export interface BoardColumnProps {
  status: TicketStatus;
  count: number;
  dropState: DropState;
  onDrop(status: TicketStatus): void;
  children: ReactNode;
}

/** A status column; while a card is dragged it takes the drop only where the card may go. */
export function BoardColumn(props: BoardColumnProps) {
  const headingId = useId();
  const accepts = props.dropState === 'allowed';
  // Letting the event through (no preventDefault) is how HTML drag and drop says "no drop here".
  const allowDrop = (event: DragEvent) => {
    if (!accepts) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
  };

  return (
    <section
      aria-labelledby={headingId}
      aria-disabled={props.dropState === 'disallowed' ? true : undefined}
      data-drop={props.dropState}
      onDragEnter={allowDrop}
      onDragOver={allowDrop}
      onDrop={(event) => {
        if (!accepts) return;
        event.preventDefault();
        props.onDrop(props.status);
      }}
      className={`flex min-h-48 flex-col rounded-lg border-2 p-2 transition-colors ${stateClass[props.dropState]}`}
    >
      <h2 id={headingId} className="mb-2 flex items-baseline justify-between text-sm font-semibold text-slate-800">
        {statusLabels[props.status]}
        <span className="text-xs font-normal text-slate-600">
          {props.count}
          <span className="sr-only"> tickets</span>
        </span>
      </h2>
      {props.dropState === 'disallowed' && <p className="sr-only">This ticket cannot move here.</p>}
      {props.count === 0 ? (
        <p className="text-xs text-slate-600">No tickets</p>
      ) : (
        <ul className="flex flex-col gap-2">{props.children}</ul>
      )}
    </section>
  );
}
