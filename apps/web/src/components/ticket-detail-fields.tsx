import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@ticketing/client/react';
import type { TicketPriority } from '@ticketing/client/types';
import type { ReactNode } from 'react';
import { InlineEdit } from './ticket-detail-inline.tsx';
import type { FieldEditorProps } from './ticket-detail-text.tsx';
import { inputClass } from './ui/field.tsx';

const priorityLabels = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
} as const satisfies Record<TicketPriority, string>;
const priorities = Object.keys(priorityLabels) as TicketPriority[];

const control = `${inputClass} focus-visible:outline-2 focus-visible:outline-indigo-600`;
const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((item, index) => item === b[index]);

/** "a, b , ,c" → ["a", "b", "c"]: labels typed as one comma-separated line. */
const parseLabels = (text: string) =>
  text
    .split(',')
    .map((label) => label.trim())
    .filter((label) => label.length > 0);

function Row({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5">
      <dt className="text-xs font-medium tracking-wide text-slate-600 uppercase">{name}</dt>
      <dd className="text-sm text-slate-900">{children}</dd>
    </div>
  );
}

/** Priority, department, due date and labels, each edited in place and saved on its own. */
export function TicketFieldsEditor(props: FieldEditorProps) {
  const trpc = useTRPC();
  const departments = useQuery(trpc.departments.list.queryOptions());
  const departmentName = (id: string | null) =>
    id === null ? 'None' : (departments.data?.find((department) => department.id === id)?.name ?? 'Unknown department');
  const shared = { ticket: props.ticket, canEdit: props.canEdit, onConflict: props.onConflict };
  const { update } = props.writes;

  return (
    <dl className="flex flex-col gap-3">
      <Row name="Priority">
        <InlineEdit
          {...shared}
          label="Priority"
          read={(ticket) => ticket.priority}
          save={(priority, version) => update({ priority }, version)}
          view={priorityLabels[props.ticket.priority]}
          control={({ onChange, value, ...rest }) => (
            <select
              {...rest}
              value={value}
              onChange={(event) => onChange(priorities.find((p) => p === event.target.value) ?? value)}
              className={control}
            >
              {priorities.map((priority) => (
                <option key={priority} value={priority}>
                  {priorityLabels[priority]}
                </option>
              ))}
            </select>
          )}
        />
      </Row>
      <Row name="Department">
        <InlineEdit
          {...shared}
          label="Department"
          read={(ticket) => ticket.departmentId}
          save={(departmentId, version) => update({ departmentId }, version)}
          view={departmentName(props.ticket.departmentId)}
          control={({ onChange, value, ...rest }) => (
            <select
              {...rest}
              value={value ?? ''}
              onChange={(event) => onChange(event.target.value || null)}
              className={control}
            >
              <option value="">None</option>
              {departments.data?.map((department) => (
                <option key={department.id} value={department.id}>
                  {department.name}
                </option>
              ))}
            </select>
          )}
        />
      </Row>
      <Row name="Due date">
        <InlineEdit
          {...shared}
          label="Due date"
          read={(ticket) => ticket.dueDate}
          save={(dueDate, version) => update({ dueDate }, version)}
          view={props.ticket.dueDate ?? 'None'}
          control={({ onChange, value, ...rest }) => (
            <input
              {...rest}
              type="date"
              value={value ?? ''}
              onChange={(event) => onChange(event.target.value || null)}
              className={control}
            />
          )}
        />
      </Row>
      <Row name="Labels">
        <InlineEdit
          {...shared}
          label="Labels"
          read={(ticket) => ticket.labels.join(', ')}
          same={(a, b) => sameList(parseLabels(a), parseLabels(b))}
          save={(text, version) => update({ labels: parseLabels(text) }, version)}
          view={
            props.ticket.labels.length > 0 ? (
              <ul className="flex flex-wrap gap-1">
                {props.ticket.labels.map((label) => (
                  <li key={label} className="rounded bg-slate-200 px-1.5 text-xs text-slate-800">
                    {label}
                  </li>
                ))}
              </ul>
            ) : (
              'None'
            )
          }
          control={({ onChange, value, ...rest }) => (
            <>
              <input {...rest} value={value} onChange={(event) => onChange(event.target.value)} className={control} />
              <p className="text-xs text-slate-600">Separate labels with commas.</p>
            </>
          )}
        />
      </Row>
    </dl>
  );
}
