import { useMutation, useQueryClient } from '@tanstack/react-query';
import { problemOf } from '@ticketing/client/errors';
import { useTRPC } from '@ticketing/client/react';
import type { Role, RouterOutputs } from '@ticketing/client/types';
import { type FormEvent, useState } from 'react';
import { isRole, roleLabels, roles } from './admin-roles.ts';
import { Button } from './ui/button.tsx';
import { Dialog } from './ui/dialog.tsx';
import { Field, inputClass } from './ui/field.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';

type Department = RouterOutputs['departments']['list'][number];

export function CreateUserButton({ departments }: { departments: Department[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('user');
  const [departmentId, setDepartmentId] = useState('');
  const create = useMutation(
    trpc.users.create.mutationOptions({
      onSuccess: async () => {
        setOpen(false);
        setEmail('');
        setName('');
        setPassword('');
        await queryClient.invalidateQueries(trpc.users.list.pathFilter());
      },
    }),
  );
  const fields = create.error ? problemOf(create.error).fields : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ email, name, password, role, departmentId: departmentId || null });
  };

  return (
    <>
      <Button variant="primary" onClick={() => setOpen(true)}>
        New user
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title="New user">
        <form onSubmit={submit} className="flex flex-col gap-3">
          <Field label="Email" errors={fields.email}>
            {(control) => (
              <input
                {...control}
                type="email"
                className={inputClass}
                value={email}
                onChange={(event) => setEmail(event.target.value)}
                required
              />
            )}
          </Field>
          <Field label="Name" errors={fields.name}>
            {(control) => (
              <input
                {...control}
                className={inputClass}
                value={name}
                onChange={(event) => setName(event.target.value)}
              />
            )}
          </Field>
          <Field label="Initial password (8–256 characters)" errors={fields.password}>
            {(control) => (
              <input
                {...control}
                type="password"
                autoComplete="new-password"
                className={inputClass}
                value={password}
                onChange={(event) => setPassword(event.target.value)}
              />
            )}
          </Field>
          <Field label="Role" errors={fields.role}>
            {(control) => (
              <select
                {...control}
                className={inputClass}
                value={role}
                onChange={(event) => isRole(event.target.value) && setRole(event.target.value)}
              >
                {roles.map((option) => (
                  <option key={option} value={option}>
                    {roleLabels[option]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Department" errors={fields.departmentId}>
            {(control) => (
              <select
                {...control}
                className={inputClass}
                value={departmentId}
                onChange={(event) => setDepartmentId(event.target.value)}
              >
                <option value="">None</option>
                {departments.map((department) => (
                  <option key={department.id} value={department.id}>
                    {department.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {create.error && <ProblemNotice error={create.error} />}
          <div className="flex justify-end gap-2">
            <Button onClick={() => setOpen(false)}>Cancel</Button>
            <Button type="submit" variant="primary" disabled={create.isPending}>
              {create.isPending ? 'Creating…' : 'Create user'}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
