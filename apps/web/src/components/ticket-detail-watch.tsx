import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@ticketing/client/react';
import { Button } from './ui/button.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';

/** One toggle: Watch when you do not, Unwatch when you do (reporters and assignees start out watching). */
export function WatchButton({ ticketKey }: { ticketKey: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const options = trpc.tickets.watching.queryOptions({ key: ticketKey });
  const watching = useQuery(options);
  const onSuccess = (answer: { watching: boolean }) => queryClient.setQueryData(options.queryKey, answer);
  const watch = useMutation(trpc.tickets.watch.mutationOptions({ onSuccess }));
  const unwatch = useMutation(trpc.tickets.unwatch.mutationOptions({ onSuccess }));
  const busy = watch.isPending || unwatch.isPending || watching.isPending;
  const error = watch.error ?? unwatch.error ?? watching.error;
  const on = watching.data?.watching === true;
  return (
    <div className="flex flex-col gap-1">
      <Button
        disabled={busy}
        onClick={() => {
          watch.reset();
          unwatch.reset();
          (on ? unwatch : watch).mutate({ key: ticketKey });
        }}
      >
        {on ? 'Unwatch' : 'Watch'}
      </Button>
      <p role="status" className="text-xs text-slate-600">
        {watching.data && (on ? 'You are watching: changes reach your inbox.' : 'You are not watching this ticket.')}
      </p>
      {error && <ProblemNotice error={error} />}
    </div>
  );
}
