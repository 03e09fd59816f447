import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { problemOf } from '@ticketing/client/errors';
import { useTRPC } from '@ticketing/client/react';
import type { User } from '@ticketing/client/types';
import { type FormEvent, useState } from 'react';
import { Button } from './ui/button.tsx';
import { Field, inputClass } from './ui/field.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';

/** Who you are here: email, role and department are an admin's to change, the name is yours. */
export function ProfileSection({ user }: { user: User }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const departments = useQuery(trpc.departments.list.queryOptions());
  const [name, setName] = useState(user.name);
  const [saved, setSaved] = useState(false);
  const rename = useMutation(
    trpc.users.update.mutationOptions({
      onSuccess: async () => {
        setSaved(true);
        await Promise.all([
          queryClient.invalidateQueries(trpc.auth.me.pathFilter()),
          queryClient.invalidateQueries(trpc.users.pathFilter()),
        ]);
      },
    }),
  );
  const fields = rename.error ? problemOf(rename.error).fields : {};
  const department = departments.data?.find((candidate) => candidate.id === user.departmentId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    rename.mutate({ id: user.id, name });
  };

  return (
    <section
      aria-labelledby="profile-title"
      className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-4"
    >
      <h2 id="profile-title" className="font-semibold">
        Profile
      </h2>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600">Email</dt>
        <dd>{user.email}</dd>
        <dt className="text-slate-600">Role</dt>
        <dd>{user.role}</dd>
        <dt className="text-slate-600">Department</dt>
        <dd>
          {user.departmentId === null
            ? 'None'
            : (department?.name ?? (departments.isError ? 'Could not be loaded' : 'Loading…'))}
        </dd>
      </dl>
      <form onSubmit={submit} className="flex max-w-md flex-col gap-2">
        <Field label="Name" errors={fields.name}>
          {(control) => (
            <input
              {...control}
              className={inputClass}
              autoComplete="name"
              value={name}
              onChange={(event) => setName(event.target.value)}
              required
            />
          )}
        </Field>
        {rename.error && <ProblemNotice error={rename.error} />}
        <p role="status" aria-live="polite" className="text-sm text-green-800">
          {saved && 'Name saved.'}
        </p>
        <div>
          <Button type="submit" variant="primary" disabled={rename.isPending || name.trim() === user.name}>
            {rename.isPending ? 'Saving…' : 'Save name'}
          </Button>
        </div>
      </form>
    </section>
  );
}
