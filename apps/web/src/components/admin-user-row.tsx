import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@ticketing/client/react';
import type { RouterOutputs } from '@ticketing/client/types';
import { isRole, roleLabels, roles } from './admin-roles.ts';
import { cell } from './admin-table.tsx';
import { Button } from './ui/button.tsx';
import { ConfirmButton } from './ui/confirm-button.tsx';
import { inputClass } from './ui/field.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';

type User = RouterOutputs['users']['list']['items'][number];
type Department = RouterOutputs['departments']['list'][number];

export function UserRow({ user, departments }: { user: User; departments: Department[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const onSuccess = () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.users.pathFilter()),
      // Changing one's own role changes what the navigation offers.
      queryClient.invalidateQueries(trpc.auth.me.pathFilter()),
    ]);
  const update = useMutation(trpc.users.update.mutationOptions({ onSuccess }));
  const deactivate = useMutation(trpc.users.deactivate.mutationOptions({ onSuccess }));
  const busy = update.isPending || deactivate.isPending;
  const error = update.error ?? deactivate.error;

  return (
    <tr>
      <td className={cell}>{user.name}</td>
      <td className={cell}>{user.email}</td>
      <td className={cell}>
        <select
          aria-label={`Role of ${user.name}`}
          className={inputClass}
          value={user.role}
          disabled={busy}
          onChange={(event) => isRole(event.target.value) && update.mutate({ id: user.id, role: event.target.value })}
        >
          {roles.map((role) => (
            <option key={role} value={role}>
              {roleLabels[role]}
            </option>
          ))}
        </select>
      </td>
      <td className={cell}>
        <select
          aria-label={`Department of ${user.name}`}
          className={inputClass}
          value={user.departmentId ?? ''}
          disabled={busy}
          onChange={(event) => update.mutate({ id: user.id, departmentId: event.target.value || null })}
        >
          <option value="">None</option>
          {departments.map((department) => (
            <option key={department.id} value={department.id}>
              {department.name}
            </option>
          ))}
        </select>
      </td>
      <td className={cell}>{user.active ? 'Active' : 'Deactivated'}</td>
      <td className={cell}>
        {user.active ? (
          <ConfirmButton
            variant="danger"
            aria-label={`Deactivate ${user.name}`}
            title={`Deactivate ${user.name}?`}
            description="They are signed out everywhere at once and their API tokens are revoked for good. Reactivating lets them sign in again but brings back neither."
            confirmLabel="Deactivate"
            disabled={busy}
            onConfirm={() => deactivate.mutate({ id: user.id })}
          >
            Deactivate
          </ConfirmButton>
        ) : (
          <Button
            aria-label={`Reactivate ${user.name}`}
            disabled={busy}
            onClick={() => update.mutate({ id: user.id, active: true })}
          >
            Reactivate
          </Button>
        )}
        {error && <ProblemNotice error={error} />}
      </td>
    </tr>
  );
}
