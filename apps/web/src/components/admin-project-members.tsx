import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { problemOf } from '@ticketing/client/errors';
import { useTRPC } from '@ticketing/client/react';
import type { ProjectRole, RouterOutputs } from '@ticketing/client/types';
import { type FormEvent, useState } from 'react';
import { isProjectRole, projectRoleLabels, projectRoles } from './admin-roles.ts';
import { cell, Table } from './admin-table.tsx';
import { UserPicker } from './admin-user-picker.tsx';
import { Button } from './ui/button.tsx';
import { ConfirmButton } from './ui/confirm-button.tsx';
import { Field, inputClass } from './ui/field.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';
import { Empty, Loading } from './ui/states.tsx';

type Member = RouterOutputs['projects']['members']['list'][number];

/** Membership changes what the project list shows (your own role) as well as the member list. */
function useInvalidateMembers() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.projects.members.list.pathFilter()),
      queryClient.invalidateQueries(trpc.projects.list.pathFilter()),
    ]);
}

function MemberRow({ projectKey, member }: { projectKey: string; member: Member }) {
  const trpc = useTRPC();
  const onSuccess = useInvalidateMembers();
  const update = useMutation(trpc.projects.members.update.mutationOptions({ onSuccess }));
  const remove = useMutation(trpc.projects.members.remove.mutationOptions({ onSuccess }));
  const error = update.error ?? remove.error;
  return (
    <tr>
      <td className={cell}>{member.name}</td>
      <td className={cell}>{member.email}</td>
      <td className={cell}>
        <select
          aria-label={`Project role of ${member.name}`}
          className={inputClass}
          value={member.role}
          disabled={update.isPending}
          onChange={(event) =>
            isProjectRole(event.target.value) &&
            update.mutate({ key: projectKey, userId: member.userId, role: event.target.value })
          }
        >
          {projectRoles.map((role) => (
            <option key={role} value={role}>
              {projectRoleLabels[role]}
            </option>
          ))}
        </select>
      </td>
      <td className={cell}>
        <ConfirmButton
          variant="danger"
          aria-label={`Remove ${member.name} from ${projectKey}`}
          title={`Remove ${member.name} from ${projectKey}?`}
          description="They lose access to the project's tickets at once."
          confirmLabel="Remove"
          disabled={remove.isPending}
          onConfirm={() => remove.mutate({ key: projectKey, userId: member.userId })}
        >
          Remove
        </ConfirmButton>
        {error && <ProblemNotice error={error} />}
      </td>
    </tr>
  );
}

function AddMemberForm({ projectKey }: { projectKey: string }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateMembers();
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<ProjectRole>('member');
  const add = useMutation(
    trpc.projects.members.add.mutationOptions({
      onSuccess: async () => {
        setUserId('');
        await invalidate();
      },
    }),
  );
  const fields = add.error ? problemOf(add.error).fields : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate({ key: projectKey, userId, role });
  };
  return (
    <form onSubmit={submit} className="flex flex-col gap-2" aria-label={`Add a member to ${projectKey}`}>
      <div className="flex flex-wrap items-end gap-2">
        <UserPicker
          label="Person"
          noneLabel="Choose a person"
          value={userId}
          onChange={setUserId}
          activeOnly
          errors={fields.userId}
        />
        <Field label="Project role" errors={fields.role}>
          {(control) => (
            <select
              {...control}
              className={inputClass}
              value={role}
              onChange={(event) => isProjectRole(event.target.value) && setRole(event.target.value)}
            >
              {projectRoles.map((option) => (
                <option key={option} value={option}>
                  {projectRoleLabels[option]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Button type="submit" variant="primary" disabled={add.isPending || userId === ''}>
          {add.isPending ? 'Adding…' : 'Add member'}
        </Button>
      </div>
      {add.error && <ProblemNotice error={add.error} />}
    </form>
  );
}

export function ProjectMembers({ projectKey }: { projectKey: string }) {
  const trpc = useTRPC();
  const members = useQuery(trpc.projects.members.list.queryOptions({ key: projectKey }));
  return (
    <div className="flex flex-col gap-3">
      {members.isPending ? (
        <Loading what="members" />
      ) : members.isError ? (
        <ProblemNotice error={members.error} onRetry={() => members.refetch()} />
      ) : members.data.length === 0 ? (
        <Empty>No members yet.</Empty>
      ) : (
        <Table caption={`Members of ${projectKey}`} columns={['Name', 'Email', 'Project role', 'Actions']}>
          <tbody className="divide-y divide-slate-100">
            {members.data.map((member) => (
              <MemberRow key={member.userId} projectKey={projectKey} member={member} />
            ))}
          </tbody>
        </Table>
      )}
      <AddMemberForm projectKey={projectKey} />
    </div>
  );
}
