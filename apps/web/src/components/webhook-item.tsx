import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@ticketing/client/react';
import type { RouterOutputs } from '@ticketing/client/types';
import { useState } from 'react';
import { Button } from './ui/button.tsx';
import { ConfirmButton } from './ui/confirm-button.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';
import { SecretOnce } from './ui/secret-once.tsx';
import { Timestamp } from './ui/timestamp.tsx';
import { WebhookDeliveries } from './webhook-deliveries.tsx';
import { EditWebhookButton } from './webhook-edit-dialog.tsx';

type Webhook = RouterOutputs['webhooks']['list'][number];
type TestResult = RouterOutputs['webhooks']['test'];

function TestOutcome({ result }: { result: TestResult }) {
  const answer = result.responseStatus === null ? 'no answer' : `HTTP ${result.responseStatus}`;
  return (
    <p className={`text-sm ${result.ok ? 'text-green-800' : 'text-red-800'}`}>
      Test {result.ok ? 'delivered' : 'failed'}: {answer} in {result.durationMs} ms
      {result.error && ` — ${result.error}`}
    </p>
  );
}

export function WebhookItem({ webhook }: { webhook: Webhook }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [secret, setSecret] = useState<string | null>(null);
  const [showDeliveries, setShowDeliveries] = useState(false);
  const invalidate = () => queryClient.invalidateQueries(trpc.webhooks.list.pathFilter());
  const test = useMutation(trpc.webhooks.test.mutationOptions());
  const rotate = useMutation(
    trpc.webhooks.rotateSecret.mutationOptions({
      onSuccess: async (rotated) => {
        setSecret(rotated.secret);
        await invalidate();
      },
    }),
  );
  const remove = useMutation(trpc.webhooks.delete.mutationOptions({ onSuccess: invalidate }));
  const deliveriesId = `deliveries-${webhook.id}`;

  return (
    <li className="flex flex-col gap-2 rounded border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-mono text-sm break-all">{webhook.url}</h3>
        <span
          className={`rounded px-1.5 text-xs font-medium ${webhook.active ? 'bg-green-100 text-green-900' : 'bg-slate-200 text-slate-800'}`}
        >
          {webhook.active ? 'Active' : 'Off'}
        </span>
      </div>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600">Events</dt>
        <dd className="font-mono">{webhook.eventTypes === null ? 'All events' : webhook.eventTypes.join(', ')}</dd>
        {webhook.disabledReason && (
          <>
            <dt className="text-slate-600">Turned off because</dt>
            <dd className="text-red-800">{webhook.disabledReason}</dd>
          </>
        )}
        {webhook.failingSince && (
          <>
            <dt className="text-slate-600">Failing since</dt>
            <dd className="text-red-800">
              <Timestamp date={webhook.failingSince} />
            </dd>
          </>
        )}
        {webhook.previousSecretExpiresAt && (
          <>
            <dt className="text-slate-600">Previous secret signs until</dt>
            <dd>
              <Timestamp date={webhook.previousSecretExpiresAt} />
            </dd>
          </>
        )}
        <dt className="text-slate-600">Created</dt>
        <dd>
          <Timestamp date={webhook.createdAt} />
        </dd>
      </dl>
      {secret && <SecretOnce what="signing secret" secret={secret} onDone={() => setSecret(null)} />}
      <div className="flex flex-wrap gap-2">
        <EditWebhookButton webhook={webhook} />
        <Button onClick={() => test.mutate({ id: webhook.id })} disabled={test.isPending}>
          {test.isPending ? 'Sending test…' : 'Send a test'}
        </Button>
        <ConfirmButton
          title="Rotate the signing secret?"
          description="A new secret is made and shown once. For 24 hours the old one signs too, so the receiver can switch without losing a message."
          confirmLabel="Rotate"
          disabled={rotate.isPending}
          onConfirm={() => rotate.mutate({ id: webhook.id })}
        >
          Rotate secret
        </ConfirmButton>
        <Button
          aria-expanded={showDeliveries}
          aria-controls={deliveriesId}
          onClick={() => setShowDeliveries(!showDeliveries)}
        >
          {showDeliveries ? 'Hide deliveries' : 'Deliveries'}
        </Button>
        <ConfirmButton
          variant="danger"
          title="Delete this webhook?"
          description={`Nothing more is sent to ${webhook.url}, and its delivery log is deleted with it.`}
          confirmLabel="Delete"
          disabled={remove.isPending}
          onConfirm={() => remove.mutate({ id: webhook.id })}
        >
          Delete
        </ConfirmButton>
      </div>
      <div aria-live="polite">{test.data && <TestOutcome result={test.data} />}</div>
      {test.error && <ProblemNotice error={test.error} />}
      {rotate.error && <ProblemNotice error={rotate.error} />}
      {remove.error && <ProblemNotice error={remove.error} />}
      {showDeliveries && (
        <div id={deliveriesId}>
          <WebhookDeliveries webhookId={webhook.id} />
        </div>
      )}
    </li>
  );
}
