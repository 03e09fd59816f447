import { useMutation, useQueryClient } from '@tanstack/react-query';
import { problemOf } from '@ticketing/client/errors';
import { useTRPC } from '@ticketing/client/react';
import { type FormEvent, useState } from 'react';
import { Button } from './ui/button.tsx';
import { Field, inputClass } from './ui/field.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';
import { SecretOnce } from './ui/secret-once.tsx';
import { type EventTypeChoice, EventTypesField, eventTypeErrors, eventTypesOf } from './webhook-event-types.tsx';

export function CreateWebhookForm({ projectKey }: { projectKey: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [url, setUrl] = useState('');
  const [types, setTypes] = useState<EventTypeChoice>({ all: true, text: '' });
  const [active, setActive] = useState(true);
  const [secret, setSecret] = useState<string | null>(null);
  const create = useMutation(
    trpc.webhooks.create.mutationOptions({
      onSuccess: async (created) => {
        setSecret(created.secret);
        setUrl('');
        setTypes({ all: true, text: '' });
        await queryClient.invalidateQueries(trpc.webhooks.list.pathFilter());
      },
    }),
  );
  const fields = create.error ? problemOf(create.error).fields : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSecret(null);
    create.mutate({ key: projectKey, url, eventTypes: eventTypesOf(types), active });
  };

  return (
    <section
      aria-labelledby="new-webhook-title"
      className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-4"
    >
      <h2 id="new-webhook-title" className="font-semibold">
        New webhook
      </h2>
      {secret && <SecretOnce what="signing secret" secret={secret} onDone={() => setSecret(null)} />}
      <form onSubmit={submit} className="flex max-w-xl flex-col gap-3">
        <Field label="URL (https, a public address)" errors={fields.url}>
          {(control) => (
            <input
              {...control}
              type="url"
              className={inputClass}
              placeholder="https://hooks.example.com/ticketing"
              value={url}
              onChange={(event) => setUrl(event.target.value)}
              required
            />
          )}
        </Field>
        <EventTypesField value={types} onChange={setTypes} errors={eventTypeErrors(fields)} />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={active} onChange={(event) => setActive(event.target.checked)} />
          Active (send events now)
        </label>
        {create.error && <ProblemNotice error={create.error} />}
        <div>
          <Button type="submit" variant="primary" disabled={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create webhook'}
          </Button>
        </div>
      </form>
    </section>
  );
}
