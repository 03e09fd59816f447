import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { problemOf } from '@ticketing/client/errors';
import { useTRPC } from '@ticketing/client/react';
import { type FormEvent, useState } from 'react';
import { Button } from '../components/ui/button.tsx';
import { Field, inputClass } from '../components/ui/field.tsx';
import { ProblemNotice } from '../components/ui/problem-notice.tsx';

/** Self-registration; when an admin has closed it, the API's E_FORBIDDEN says so here. */
export function RegisterPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [form, setForm] = useState({ name: '', email: '', password: '' });
  const register = useMutation(
    trpc.auth.register.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries();
        await navigate({ to: '/tickets' });
      },
    }),
  );
  const fields = register.error ? problemOf(register.error).fields : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    register.mutate(form);
  };
  const input = (name: keyof typeof form, label: string, type: string, autoComplete: string) => (
    <Field label={label} errors={fields[name]}>
      {(control) => (
        <input
          {...control}
          className={inputClass}
          type={type}
          autoComplete={autoComplete}
          value={form[name]}
          onChange={(event) => setForm({ ...form, [name]: event.target.value })}
          required
        />
      )}
    </Field>
  );
  return (
    <main className="mx-auto mt-24 max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-4 text-xl font-semibold">Create an account</h1>
      <form onSubmit={submit} className="flex flex-col gap-3">
        {input('name', 'Name', 'text', 'name')}
        {input('email', 'Email', 'email', 'username')}
        {input('password', 'Password (at least 8 characters)', 'password', 'new-password')}
        {register.error && <ProblemNotice error={register.error} />}
        <Button type="submit" variant="primary" disabled={register.isPending}>
          Register
        </Button>
      </form>
      <p className="mt-4 text-sm text-slate-700">
        Have an account?{' '}
        <Link to="/sign-in" search={{}} className="text-indigo-800 underline">
          Sign in
        </Link>
      </p>
    </main>
  );
}
