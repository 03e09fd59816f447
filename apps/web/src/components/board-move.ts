import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@ticketing/client/react';
import type { RouterInputs, Ticket, TicketStatus } from '@ticketing/client/types';
import { useState } from 'react';
import { findTicket, withTicket } from './board-cache.ts';
import { canDrop, statusLabels } from './board-rules.ts';
import { conflictOf, type TicketConflict } from './conflict-details.ts';

/**
 * Moving cards on the board: the card moves at once in the cached list; the server's answer
 * replaces it (new version, new allowed transitions), and a refusal puts it back where it was.
 */
export function useBoardMove(listInput: RouterInputs['tickets']['list']) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const listKey = trpc.tickets.list.infiniteQueryKey(listInput);
  const [errors, setErrors] = useState<Record<string, unknown>>({});
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [conflict, setConflict] = useState<TicketConflict | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const setPendingKey = (key: string, on: boolean) =>
    setPending((keys) => {
      const next = new Set(keys);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  const transition = useMutation(
    trpc.tickets.transition.mutationOptions({
      onMutate: async ({ key, status }) => {
        setPendingKey(key, true);
        // A refetch landing now would put the card back until the server has answered.
        await queryClient.cancelQueries({ queryKey: listKey });
        const previous = findTicket(queryClient.getQueryData(listKey), key);
        // Until the server answers we do not know where the card may go next: nowhere, for now.
        queryClient.setQueryData(listKey, (data) =>
          withTicket(data, key, (ticket) => ({ ...ticket, status, allowedTransitions: [] })),
        );
        return { previous };
      },
      onError: (error, { key }, context) => {
        const previous = context?.previous;
        if (previous) queryClient.setQueryData(listKey, (data) => withTicket(data, key, () => previous));
        const found = conflictOf(error, key);
        if (found) setConflict(found);
        else setErrors((current) => ({ ...current, [key]: error }));
        setAnnouncement(`${key} was not moved.`);
      },
      onSuccess: (ticket) => {
        queryClient.setQueryData(listKey, (data) => withTicket(data, ticket.key, () => ticket));
        queryClient.setQueryData(trpc.tickets.get.queryKey({ key: ticket.key }), ticket);
        void queryClient.invalidateQueries(trpc.tickets.history.queryFilter({ key: ticket.key }));
        setAnnouncement(`${ticket.key} moved to ${statusLabels[ticket.status]}.`);
      },
      onSettled: (_data, _error, { key }) => setPendingKey(key, false),
    }),
  );

  /** Move a card, with the version the board read; a column the ticket may not go to is ignored. */
  const move = (ticket: Ticket, status: TicketStatus) => {
    if (!canDrop(ticket, status)) return;
    setErrors(({ [ticket.key]: _dropped, ...rest }) => rest);
    transition.mutate({ key: ticket.key, version: ticket.version, status });
  };

  const dismissError = (key: string) => setErrors(({ [key]: _dropped, ...rest }) => rest);

  return { move, errors, dismissError, pending, conflict, clearConflict: () => setConflict(null), announcement };
}
