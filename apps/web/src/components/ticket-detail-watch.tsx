import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '@ticketing/client/react';
import { useState } from 'react';
import { Button } from './ui/button.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';

/**
 * Watch or unwatch. tickets.get does not say whether you watch a ticket, so both actions are
 * offered and the answer of the last one is shown; reporters and assignees watch automatically.
 */
export function WatchButtons({ ticketKey, involved }: { ticketKey: string; involved: boolean }) {
  const trpc = useTRPC();
  const [watching, setWatching] = useState<boolean | null>(null);
  const onSuccess = (answer: { watching: boolean }) => setWatching(answer.watching);
  const watch = useMutation(trpc.tickets.watch.mutationOptions({ onSuccess }));
  const unwatch = useMutation(trpc.tickets.unwatch.mutationOptions({ onSuccess }));
  const busy = watch.isPending || unwatch.isPending;
  const error = watch.error ?? unwatch.error;
  const state =
    watching === true
      ? 'You are watching this ticket.'
      : watching === false
        ? 'You are not watching this ticket.'
        : involved
          ? 'As its reporter or an assignee you watch it, unless you stopped.'
          : null;
  return (
    <div className="flex flex-col gap-1">
      <div className="flex gap-2">
        <Button
          disabled={busy || watching === true}
          onClick={() => {
            unwatch.reset();
            watch.mutate({ key: ticketKey });
          }}
        >
          Watch
        </Button>
        <Button
          disabled={busy || watching === false}
          onClick={() => {
            watch.reset();
            unwatch.mutate({ key: ticketKey });
          }}
        >
          Unwatch
        </Button>
      </div>
      <p role="status" className="text-xs text-slate-600">
        {state}
      </p>
      {error && <ProblemNotice error={error} />}
    </div>
  );
}
