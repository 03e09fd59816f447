import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTRPC } from '@ticketing/client/react';
import { ProblemNotice } from '../components/ui/problem-notice.tsx';
import { Empty, Loading } from '../components/ui/states.tsx';
import { CreateWebhookForm } from '../components/webhook-create-form.tsx';
import { WebhookItem } from '../components/webhook-item.tsx';

export function WebhooksPage() {
  const trpc = useTRPC();
  const { key } = useParams({ from: '/app/projects/$key/webhooks' });
  const webhooks = useQuery(trpc.webhooks.list.queryOptions({ key }));
  return (
    <div className="flex max-w-5xl flex-col gap-4">
      <div>
        <h1 className="text-lg font-semibold">Webhooks of {key}</h1>
        <p className="text-sm text-slate-700">
          Events of the project are POSTed to each URL, signed the Standard Webhooks way with the webhook’s secret.
        </p>
      </div>
      <section aria-labelledby="webhooks-title" className="flex flex-col gap-3">
        <h2 id="webhooks-title" className="font-semibold">
          Webhooks
        </h2>
        {webhooks.isPending ? (
          <Loading what="webhooks" />
        ) : webhooks.isError ? (
          <ProblemNotice error={webhooks.error} onRetry={() => webhooks.refetch()} />
        ) : webhooks.data.length === 0 ? (
          <Empty>No webhooks yet.</Empty>
        ) : (
          <ul className="flex flex-col gap-3">
            {webhooks.data.map((webhook) => (
              <WebhookItem key={webhook.id} webhook={webhook} />
            ))}
          </ul>
        )}
      </section>
      {/* Creating fails the same way listing does for someone who may not manage webhooks. */}
      {!webhooks.isError && <CreateWebhookForm projectKey={key} />}
    </div>
  );
}
