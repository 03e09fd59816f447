import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@ticketing/client/react';
import { useId } from 'react';
import { ProblemNotice } from './ui/problem-notice.tsx';

/** The new ticket's assignees: checkboxes for the members of its project, the only people it may have. */
export function CreateTicketAssignees(props: {
  projectKey: string;
  value: readonly string[];
  onChange(ids: string[]): void;
  errors?: string[] | undefined;
}) {
  const trpc = useTRPC();
  const members = useQuery({
    ...trpc.projects.members.list.queryOptions({ key: props.projectKey }),
    enabled: props.projectKey !== '',
  });
  const errorId = useId();
  return (
    <fieldset className="flex flex-col gap-1" aria-describedby={props.errors ? errorId : undefined}>
      <legend className="text-sm font-medium text-slate-800">Assignees</legend>
      {members.isPending && props.projectKey !== '' && <p className="text-sm text-slate-600">Loading members…</p>}
      {members.error && <ProblemNotice error={members.error} />}
      <div className="flex max-h-32 flex-col gap-1 overflow-y-auto text-sm">
        {members.data?.map((member) => (
          <label key={member.userId} className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={props.value.includes(member.userId)}
              onChange={(event) =>
                props.onChange(
                  event.target.checked
                    ? [...props.value, member.userId]
                    : props.value.filter((id) => id !== member.userId),
                )
              }
            />
            {member.name}
          </label>
        ))}
      </div>
      {props.errors && (
        <p id={errorId} className="text-sm text-red-800">
          {props.errors.join(' ')}
        </p>
      )}
    </fieldset>
  );
}
