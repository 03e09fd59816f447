import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { problemOf } from '@ticketing/client/errors';
import { useTRPC } from '@ticketing/client/react';
import { type FormEvent, useState } from 'react';
import { Button } from '../components/ui/button.tsx';
import { Field, inputClass } from '../components/ui/field.tsx';
import { ProblemNotice } from '../components/ui/problem-notice.tsx';

/** Only a path of this app, never another site (`next` comes from the URL). */
const safeNext = (next: string | undefined) => (next?.startsWith('/') && !next.startsWith('//') ? next : '/tickets');

export function SignInPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { next } = useSearch({ from: '/sign-in' });
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries();
        await navigate({ href: safeNext(next) });
      },
    }),
  );
  const fields = signIn.error ? problemOf(signIn.error).fields : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ email, password });
  };
  return (
    <main className="mx-auto mt-24 max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-4 text-xl font-semibold">Sign in</h1>
      <form onSubmit={submit} className="flex flex-col gap-3">
        <Field label="Email" errors={fields.email}>
          {(control) => (
            <input
              {...control}
              className={inputClass}
              type="email"
              autoComplete="username"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              required
            />
          )}
        </Field>
        <Field label="Password" errors={fields.password}>
          {(control) => (
            <input
              {...control}
              className={inputClass}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              required
            />
          )}
        </Field>
        {signIn.error && <ProblemNotice error={signIn.error} />}
        <Button type="submit" variant="primary" disabled={signIn.isPending}>
          {signIn.isPending ? 'Signing in…' : 'Sign in'}
        </Button>
      </form>
      <p className="mt-4 text-sm text-slate-700">
        No account?{' '}
        <Link to="/register" className="text-indigo-800 underline">
          Register
        </Link>
      </p>
    </main>
  );
}
