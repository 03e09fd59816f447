import { Link } from '@tanstack/react-router';
import { type ReactNode, useEffect, useRef } from 'react';
import { priorityNames, statusNames, type TicketListItem } from '../lib/ticket-list-vocabulary.ts';
import type { ColumnId } from './ticket-list-columns.tsx';
import { TicketListSlaCell } from './ticket-list-sla-cell.tsx';

const priorityClass: Record<TicketListItem['priority'], string> = {
  low: 'text-slate-700',
  medium: 'text-slate-900',
  high: 'font-medium text-orange-800',
  critical: 'font-semibold text-red-800',
};

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const today = () => new Date().toLocaleDateString('en-CA'); // YYYY-MM-DD in the local zone

const cells: Record<ColumnId, { header: string; cell(ticket: TicketListItem): ReactNode }> = {
  status: { header: 'Status', cell: (t) => statusNames[t.status] },
  priority: {
    header: 'Priority',
    cell: (t) => <span className={priorityClass[t.priority]}>{priorityNames[t.priority]}</span>,
  },
  assignees: {
    header: 'Assignees',
    cell: (t) =>
      t.assignees.length > 0 ? (
        t.assignees.map((person) => person.name).join(', ')
      ) : (
        <span className="text-slate-600">—</span>
      ),
  },
  labels: {
    header: 'Labels',
    cell: (t) => (
      <span className="flex flex-wrap gap-1">
        {t.labels.map((label) => (
          <span key={label} className="rounded bg-slate-100 px-1.5 text-xs text-slate-800">
            {label}
          </span>
        ))}
      </span>
    ),
  },
  due: {
    header: 'Due',
    cell: (t) =>
      t.dueDate ? (
        <time
          dateTime={t.dueDate}
          className={t.status !== 'closed' && t.dueDate < today() ? 'font-medium text-red-800' : ''}
        >
          {t.dueDate}
        </time>
      ) : null,
  },
  sla: { header: 'SLA', cell: (t) => <TicketListSlaCell ticket={t} /> },
  updated: {
    header: 'Updated',
    cell: (t) => <time dateTime={t.updatedAt.toISOString()}>{dateTime.format(t.updatedAt)}</time>,
  },
};

/** The header checkbox: ticked when every loaded ticket is selected, mixed when some are. */
function SelectAll(props: { count: number; selected: number; onChange(on: boolean): void }) {
  const ref = useRef<HTMLInputElement>(null);
  const some = props.selected > 0 && props.selected < props.count;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = some;
  }, [some]);
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label="Select all loaded tickets"
      checked={props.count > 0 && props.selected === props.count}
      onChange={(event) => props.onChange(event.target.checked)}
    />
  );
}

export interface TicketListTableProps {
  tickets: readonly TicketListItem[];
  columns: readonly ColumnId[];
  selected: ReadonlySet<string>;
  onSelect(keys: readonly string[], on: boolean): void;
  /** The row the keyboard is on (j/k), or -1. */
  focus: number;
  onFocusRow(index: number): void;
}

/**
 * The tickets as a table. Each row has two controls side by side — its checkbox and the link on its
 * title — never one inside the other. The row the keyboard is on is outlined; its link takes focus.
 */
export function TicketListTable(props: TicketListTableProps) {
  const selectedCount = props.tickets.filter((ticket) => props.selected.has(ticket.key)).length;
  return (
    <table className="w-full border-collapse text-left text-sm">
      <thead className="border-b border-slate-300 text-xs text-slate-700 uppercase">
        <tr>
          <th scope="col" className="w-8 px-2 py-2">
            <SelectAll
              count={props.tickets.length}
              selected={selectedCount}
              onChange={(on) =>
                props.onSelect(
                  props.tickets.map((ticket) => ticket.key),
                  on,
                )
              }
            />
          </th>
          <th scope="col" className="px-2 py-2">
            Key
          </th>
          <th scope="col" className="px-2 py-2">
            Title
          </th>
          {props.columns.map((id) => (
            <th key={id} scope="col" className="px-2 py-2">
              {cells[id].header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.tickets.map((ticket, index) => {
          const focused = index === props.focus;
          const selected = props.selected.has(ticket.key);
          return (
            <tr
              key={ticket.key}
              data-row={index}
              data-focused={focused || undefined}
              onFocus={() => props.onFocusRow(index)}
              className={`border-b border-slate-200 ${selected ? 'bg-indigo-50' : 'bg-white'} data-[focused]:outline-2 data-[focused]:-outline-offset-2 data-[focused]:outline-indigo-700`}
            >
              <td className="px-2 py-2">
                <input
                  type="checkbox"
                  aria-label={`Select ${ticket.key}`}
                  checked={selected}
                  onChange={(event) => props.onSelect([ticket.key], event.target.checked)}
                />
              </td>
              <td className="px-2 py-2 font-mono text-xs whitespace-nowrap text-slate-700">{ticket.key}</td>
              <td className="px-2 py-2">
                <Link
                  to="/tickets/$key"
                  params={{ key: ticket.key }}
                  data-ticket-link=""
                  className="font-medium text-indigo-900 hover:underline"
                >
                  {ticket.title}
                </Link>
              </td>
              {props.columns.map((id) => (
                <td key={id} className="px-2 py-2">
                  {cells[id].cell(ticket)}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
