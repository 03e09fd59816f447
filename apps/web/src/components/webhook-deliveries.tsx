import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@ticketing/client/react';
import type { RouterOutputs } from '@ticketing/client/types';
import { useId, useState } from 'react';
import { cell, Table } from './admin-table.tsx';
import { Button } from './ui/button.tsx';
import { inputClass } from './ui/field.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';
import { Empty, Loading } from './ui/states.tsx';
import { Timestamp } from './ui/timestamp.tsx';

type Delivery = RouterOutputs['webhooks']['deliveries']['list']['items'][number];
type DeliveryState = Delivery['state'];

/** Every delivery state, described: a new state fails the build here until it has words. */
const stateLabels: Record<DeliveryState, string> = {
  pending: 'Pending',
  succeeded: 'Succeeded',
  failed: 'Failed',
};
const isState = (value: string): value is DeliveryState => value in stateLabels;
const stateClass: Record<DeliveryState, string> = {
  pending: 'bg-amber-100 text-amber-900',
  succeeded: 'bg-green-100 text-green-900',
  failed: 'bg-red-100 text-red-900',
};

function DeliveryRow({ webhookId, delivery }: { webhookId: string; delivery: Delivery }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const redeliver = useMutation(
    trpc.webhooks.deliveries.redeliver.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.webhooks.deliveries.list.pathFilter()),
    }),
  );
  return (
    <tr>
      <td className={cell}>
        <span className="font-mono">{delivery.eventType}</span>{' '}
        <span className="text-slate-600">#{delivery.eventId}</span>
      </td>
      <td className={cell}>
        <span className={`rounded px-1.5 text-xs font-medium ${stateClass[delivery.state]}`}>
          {stateLabels[delivery.state]}
        </span>
      </td>
      <td className={cell}>{delivery.attempts}</td>
      <td className={cell}>{delivery.responseStatus ?? '—'}</td>
      <td className={cell}>{delivery.durationMs === null ? '—' : `${delivery.durationMs} ms`}</td>
      <td className={`${cell} max-w-xs break-words`}>{delivery.error ?? '—'}</td>
      <td className={cell}>
        <Timestamp date={delivery.lastAttemptAt} empty="Not yet" />
      </td>
      <td className={cell}>
        <Timestamp date={delivery.nextAttemptAt} empty="None" />
      </td>
      <td className={cell}>
        {/* The API refuses to redeliver while a delivery's attempts are still scheduled. */}
        {delivery.state === 'pending' ? (
          <span className="text-slate-600">Retries on its own</span>
        ) : (
          <Button
            onClick={() => redeliver.mutate({ id: webhookId, deliveryId: delivery.id })}
            disabled={redeliver.isPending}
            aria-label={`Redeliver ${delivery.eventType} #${delivery.eventId}`}
          >
            {redeliver.isPending ? 'Sending…' : 'Redeliver'}
          </Button>
        )}
        {redeliver.error && <ProblemNotice error={redeliver.error} />}
      </td>
    </tr>
  );
}

export function WebhookDeliveries({ webhookId }: { webhookId: string }) {
  const trpc = useTRPC();
  const filterId = useId();
  const [state, setState] = useState<DeliveryState | ''>('');
  const deliveries = useInfiniteQuery(
    trpc.webhooks.deliveries.list.infiniteQueryOptions(
      { id: webhookId, state: state || undefined },
      { getNextPageParam: (page) => page.nextCursor },
    ),
  );
  const items = deliveries.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={filterId} className="text-sm font-medium text-slate-800">
          Delivery state
        </label>
        <select
          id={filterId}
          className={inputClass}
          value={state}
          onChange={(event) => setState(isState(event.target.value) ? event.target.value : '')}
        >
          <option value="">All</option>
          {Object.entries(stateLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <Button onClick={() => deliveries.refetch()} disabled={deliveries.isFetching}>
          {deliveries.isFetching ? 'Refreshing…' : 'Refresh'}
        </Button>
      </div>
      {deliveries.isPending ? (
        <Loading what="deliveries" />
      ) : deliveries.isError && items.length === 0 ? (
        <ProblemNotice error={deliveries.error} onRetry={() => deliveries.refetch()} />
      ) : items.length === 0 ? (
        <Empty>No deliveries{state ? ' in this state' : ' yet'}.</Empty>
      ) : (
        <Table
          caption="Deliveries, newest first"
          columns={[
            'Event',
            'State',
            'Attempts',
            'Response',
            'Duration',
            'Error',
            'Last attempt',
            'Next attempt',
            'Actions',
          ]}
        >
          <tbody className="divide-y divide-slate-100">
            {items.map((delivery) => (
              <DeliveryRow key={delivery.id} webhookId={webhookId} delivery={delivery} />
            ))}
          </tbody>
        </Table>
      )}
      {deliveries.isFetchNextPageError && <ProblemNotice error={deliveries.error} />}
      {deliveries.hasNextPage && (
        <div>
          <Button onClick={() => deliveries.fetchNextPage()} disabled={deliveries.isFetchingNextPage}>
            {deliveries.isFetchingNextPage ? 'Loading…' : 'Load more deliveries'}
          </Button>
        </div>
      )}
    </div>
  );
}
