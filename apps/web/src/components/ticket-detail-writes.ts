import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@ticketing/client/react';
import type { RouterInputs, Ticket } from '@ticketing/client/types';
import type { TicketConflict } from './conflict-details.ts';

export type TicketFields = Omit<RouterInputs['tickets']['update'], 'key' | 'version'>;

/** What the page does on a 409: open the conflict dialog; `dropChange` is what "Reload" discards. */
export type ConflictHandler = (conflict: TicketConflict, dropChange: () => void) => void;

/**
 * The ticket's writes, each with the version the caller read. The answer (the ticket as saved)
 * goes straight into the cache, so the next edit starts from the new version without a refetch.
 */
export function useTicketWrites(key: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const saved = (ticket: Ticket) => {
    queryClient.setQueryData(trpc.tickets.get.queryKey({ key }), ticket);
    void queryClient.invalidateQueries(trpc.tickets.history.queryFilter({ key }));
    void queryClient.invalidateQueries(trpc.tickets.list.pathFilter());
  };
  const update = useMutation(trpc.tickets.update.mutationOptions({ onSuccess: saved }));
  const assign = useMutation(trpc.tickets.assign.mutationOptions({ onSuccess: saved }));
  const transition = useMutation(trpc.tickets.transition.mutationOptions({ onSuccess: saved }));
  return {
    update: (fields: TicketFields, version: number) => update.mutateAsync({ key, version, ...fields }),
    assign: (assigneeIds: string[], version: number) => assign.mutateAsync({ key, version, assigneeIds }),
    transition,
  };
}
