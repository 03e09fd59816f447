import type { RouterOutputs } from '@ticketing/client/types';
import { InlineEdit } from './ticket-detail-inline.tsx';
import type { FieldEditorProps } from './ticket-detail-text.tsx';

type Member = RouterOutputs['projects']['members']['list'][number];

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((id) => b.includes(id));

/** The assignees, picked from the project's members; saved with tickets.assign and the version read. */
export function AssigneesEditor(props: FieldEditorProps & { members: readonly Member[] | undefined }) {
  const { ticket } = props;
  // Someone assigned who has since left the project is still listed, so saving does not drop them unseen.
  const choices = [
    ...(props.members ?? []).map((member) => ({ id: member.userId, name: member.name, note: member.email })),
    ...ticket.assignees
      .filter((person) => !props.members?.some((member) => member.userId === person.id))
      .map((person) => ({ id: person.id, name: person.name, note: 'not a member' })),
  ];
  return (
    <InlineEdit
      label="Assignees"
      group
      ticket={ticket}
      canEdit={props.canEdit}
      onConflict={props.onConflict}
      read={(current) => current.assignees.map((person) => person.id)}
      same={sameSet}
      save={(ids, version) => props.writes.assign(ids, version)}
      view={
        ticket.assignees.length > 0 ? (
          <ul className="text-sm">
            {ticket.assignees.map((person) => (
              <li key={person.id}>{person.name}</li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">Nobody</p>
        )
      }
      control={({ value, onChange, id }) =>
        props.members === undefined ? (
          <p className="text-sm text-slate-600">Loading the project’s members…</p>
        ) : (
          <ul className="flex max-h-60 flex-col gap-1 overflow-y-auto">
            {choices.map((choice) => (
              <li key={choice.id}>
                <label className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    id={`${id}-${choice.id}`}
                    checked={value.includes(choice.id)}
                    onChange={(event) =>
                      onChange(event.target.checked ? [...value, choice.id] : value.filter((v) => v !== choice.id))
                    }
                    className="focus-visible:outline-2 focus-visible:outline-indigo-600"
                  />
                  {choice.name} <span className="text-xs text-slate-600">{choice.note}</span>
                </label>
              </li>
            ))}
          </ul>
        )
      }
    />
  );
}
