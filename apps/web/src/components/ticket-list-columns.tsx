import { useState } from 'react';
import { TicketListPopover } from './ticket-list-popover.tsx';

/** Columns one may hide; the key and title always show, since they name the ticket. */
export const columnNames = {
  status: 'Status',
  priority: 'Priority',
  assignees: 'Assignees',
  labels: 'Labels',
  due: 'Due',
  sla: 'SLA',
  updated: 'Updated',
} as const;
export type ColumnId = keyof typeof columnNames;
const columnIds = Object.keys(columnNames) as ColumnId[];

const storageKey = 'ticketing.ticket-list.columns';

function storedColumns(): ColumnId[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey) ?? 'null');
    if (Array.isArray(stored)) return columnIds.filter((id) => stored.includes(id));
  } catch {
    // Storage blocked or a value of an older version: the default columns will do.
  }
  return columnIds;
}

/** The visible columns, remembered on this device: a preference, not part of a shareable view. */
export function useTicketListColumns() {
  const [columns, setColumns] = useState<readonly ColumnId[]>(storedColumns);
  const toggle = (id: ColumnId, on: boolean) => {
    const next = columnIds.filter((c) => (c === id ? on : columns.includes(c)));
    setColumns(next);
    try {
      localStorage.setItem(storageKey, JSON.stringify(next));
    } catch {
      // Not remembered, still applied.
    }
  };
  return { columns, toggle };
}

export function TicketListColumnChooser(props: {
  columns: readonly ColumnId[];
  onToggle(id: ColumnId, on: boolean): void;
}) {
  return (
    <TicketListPopover label="Columns">
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 font-medium">Visible columns</legend>
        {columnIds.map((id) => (
          <label key={id} className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={props.columns.includes(id)}
              onChange={(event) => props.onToggle(id, event.target.checked)}
            />
            {columnNames[id]}
          </label>
        ))}
      </fieldset>
    </TicketListPopover>
  );
}
