import { useMutation, useQueryClient } from '@tanstack/react-query';
import { problemOf } from '@ticketing/client/errors';
import { useTRPC } from '@ticketing/client/react';
import { type FormEvent, useState } from 'react';
import { Button } from './ui/button.tsx';
import { Field, inputClass } from './ui/field.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';

export function PasswordSection() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [changed, setChanged] = useState(false);
  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess: async () => {
        setChanged(true);
        setCurrentPassword('');
        setNewPassword('');
        setRepeat('');
        // The server signs out every other session on a password change.
        await queryClient.invalidateQueries(trpc.auth.sessions.list.pathFilter());
      },
    }),
  );
  const fields = change.error ? problemOf(change.error).fields : {};
  // Checked here only because the API never sees the repetition; every other rule is the server's.
  const mismatch = repeat !== '' && repeat !== newPassword;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mismatch) return;
    setChanged(false);
    change.mutate({ currentPassword, newPassword });
  };

  return (
    <section
      aria-labelledby="password-title"
      className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-4"
    >
      <h2 id="password-title" className="font-semibold">
        Change password
      </h2>
      <form onSubmit={submit} className="flex max-w-md flex-col gap-2">
        <Field label="Current password" errors={fields.currentPassword}>
          {(control) => (
            <input
              {...control}
              type="password"
              className={inputClass}
              autoComplete="current-password"
              value={currentPassword}
              onChange={(event) => setCurrentPassword(event.target.value)}
              required
            />
          )}
        </Field>
        <Field label="New password (8–256 characters)" errors={fields.newPassword}>
          {(control) => (
            <input
              {...control}
              type="password"
              className={inputClass}
              autoComplete="new-password"
              value={newPassword}
              onChange={(event) => setNewPassword(event.target.value)}
              required
            />
          )}
        </Field>
        <Field label="New password again" errors={mismatch ? ['The two new passwords differ.'] : undefined}>
          {(control) => (
            <input
              {...control}
              type="password"
              className={inputClass}
              autoComplete="new-password"
              value={repeat}
              onChange={(event) => setRepeat(event.target.value)}
              required
            />
          )}
        </Field>
        {change.error && <ProblemNotice error={change.error} />}
        <p role="status" aria-live="polite" className="text-sm text-green-800">
          {changed && 'Password changed. Your other sessions were signed out.'}
        </p>
        <div>
          <Button type="submit" variant="primary" disabled={change.isPending || mismatch}>
            {change.isPending ? 'Changing…' : 'Change password'}
          </Button>
        </div>
      </form>
    </section>
  );
}
