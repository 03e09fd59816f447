import { useMutation, useQueryClient } from '@tanstack/react-query';
import { problemOf } from '@ticketing/client/errors';
import { useTRPC } from '@ticketing/client/react';
import type { RouterInputs } from '@ticketing/client/types';
import { type FormEvent, useState } from 'react';
import { Button } from './ui/button.tsx';
import { Field, inputClass } from './ui/field.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';
import { SecretOnce } from './ui/secret-once.tsx';

type Scope = RouterInputs['auth']['tokens']['create']['scopes'][number];

/** Every scope the API knows, with what it allows: a new scope fails the build here until described. */
const scopeLabels: Record<Scope, string> = {
  read: 'Read: queries only',
  write: 'Write: changes too',
};
const scopes = Object.keys(scopeLabels) as Scope[];

/** Lifetimes offered, in days ('' for none); the API allows up to 366. */
const lifetimes = [
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '366', label: 'One year' },
  { value: '', label: 'Never expires' },
];

export function CreateTokenForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<Scope[]>(['read']);
  const [lifetime, setLifetime] = useState('90');
  const [secret, setSecret] = useState<string | null>(null);
  const create = useMutation(
    trpc.auth.tokens.create.mutationOptions({
      onSuccess: async (created) => {
        setSecret(created.token);
        setName('');
        await queryClient.invalidateQueries(trpc.auth.tokens.list.pathFilter());
      },
    }),
  );
  const fields = create.error ? problemOf(create.error).fields : {};
  const toggle = (scope: Scope, on: boolean) =>
    setChosen((current) => (on ? [...current, scope] : current.filter((other) => other !== scope)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSecret(null);
    create.mutate({ name, scopes: chosen, expiresInDays: lifetime === '' ? undefined : Number(lifetime) });
  };

  return (
    <div className="flex flex-col gap-3">
      {secret && <SecretOnce what="API token" secret={secret} onDone={() => setSecret(null)} />}
      <form onSubmit={submit} className="flex max-w-md flex-col gap-2">
        <h3 className="text-sm font-semibold">New token</h3>
        <Field label="Name (what uses it)" errors={fields.name}>
          {(control) => (
            <input
              {...control}
              className={inputClass}
              value={name}
              onChange={(event) => setName(event.target.value)}
              required
            />
          )}
        </Field>
        <fieldset className="flex flex-col gap-1" aria-describedby={fields.scopes ? 'token-scopes-error' : undefined}>
          <legend className="text-sm font-medium text-slate-800">Scopes</legend>
          {scopes.map((scope) => (
            <label key={scope} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={chosen.includes(scope)}
                onChange={(event) => toggle(scope, event.target.checked)}
              />
              {scopeLabels[scope]}
            </label>
          ))}
          {fields.scopes && (
            <p id="token-scopes-error" className="text-sm text-red-800">
              {fields.scopes.join(' ')}
            </p>
          )}
        </fieldset>
        <Field label="Expires" errors={fields.expiresInDays}>
          {(control) => (
            <select
              {...control}
              className={inputClass}
              value={lifetime}
              onChange={(event) => setLifetime(event.target.value)}
            >
              {lifetimes.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        {create.error && <ProblemNotice error={create.error} />}
        <div>
          <Button type="submit" variant="primary" disabled={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create token'}
          </Button>
        </div>
      </form>
    </div>
  );
}
