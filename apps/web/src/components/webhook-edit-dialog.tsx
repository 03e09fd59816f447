import { useMutation, useQueryClient } from '@tanstack/react-query';
import { problemOf } from '@ticketing/client/errors';
import { useTRPC } from '@ticketing/client/react';
import type { RouterOutputs } from '@ticketing/client/types';
import { type FormEvent, useState } from 'react';
import { Button } from './ui/button.tsx';
import { Dialog } from './ui/dialog.tsx';
import { Field, inputClass } from './ui/field.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';
import { choiceOf, EventTypesField, eventTypeErrors, eventTypesOf } from './webhook-event-types.tsx';

type Webhook = RouterOutputs['webhooks']['list'][number];

/** The form starts from the webhook as it is each time the dialog opens (it is mounted only then). */
function EditForm({ webhook, onDone }: { webhook: Webhook; onDone(): void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [url, setUrl] = useState(webhook.url);
  const [types, setTypes] = useState(choiceOf(webhook.eventTypes));
  const [active, setActive] = useState(webhook.active);
  const update = useMutation(
    trpc.webhooks.update.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.webhooks.pathFilter());
        onDone();
      },
    }),
  );
  const fields = update.error ? problemOf(update.error).fields : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Only what changed: an unchanged URL is not re-checked, and the event shows the real change.
    update.mutate({
      id: webhook.id,
      ...(url !== webhook.url ? { url } : {}),
      eventTypes: eventTypesOf(types),
      ...(active !== webhook.active ? { active } : {}),
    });
  };
  return (
    <form onSubmit={submit} className="flex flex-col gap-3">
      <Field label="URL" errors={fields.url}>
        {(control) => (
          <input
            {...control}
            type="url"
            className={inputClass}
            value={url}
            onChange={(event) => setUrl(event.target.value)}
            required
          />
        )}
      </Field>
      <EventTypesField value={types} onChange={setTypes} errors={eventTypeErrors(fields)} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={active} onChange={(event) => setActive(event.target.checked)} />
        Active (turning it back on clears its failing streak)
      </label>
      {update.error && <ProblemNotice error={update.error} />}
      <div className="flex justify-end gap-2">
        <Button onClick={onDone}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save'}
        </Button>
      </div>
    </form>
  );
}

export function EditWebhookButton({ webhook }: { webhook: Webhook }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)} aria-label={`Edit webhook ${webhook.url}`}>
        Edit
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title="Edit webhook">
        {open && <EditForm webhook={webhook} onDone={() => setOpen(false)} />}
      </Dialog>
    </>
  );
}
