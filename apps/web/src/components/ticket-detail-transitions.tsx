import type { Ticket } from '@ticketing/client/types';
import { statusLabels } from './board-rules.ts';
import { conflictOf } from './conflict-details.ts';
import type { ConflictHandler, useTicketWrites } from './ticket-detail-writes.ts';
import { Button } from './ui/button.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';

/** One button per status the server says the ticket may move to now, sent with the version shown. */
export function TransitionButtons(props: {
  ticket: Ticket;
  canEdit: boolean;
  transition: ReturnType<typeof useTicketWrites>['transition'];
  onConflict: ConflictHandler;
}) {
  const { ticket, transition } = props;
  const conflict = transition.error ? conflictOf(transition.error, ticket.key) : null;
  if (!props.canEdit || ticket.allowedTransitions.length === 0) return null;
  return (
    <div className="flex flex-col gap-2">
      <fieldset className="flex flex-wrap gap-2">
        <legend className="sr-only">Change status</legend>
        {ticket.allowedTransitions.map((status) => (
          <Button
            key={status}
            disabled={transition.isPending}
            onClick={() =>
              transition.mutate(
                { key: ticket.key, version: ticket.version, status },
                {
                  onError: (error) => {
                    const found = conflictOf(error, ticket.key);
                    if (found) props.onConflict(found, () => transition.reset());
                  },
                },
              )
            }
          >
            Move to {statusLabels[status]}
          </Button>
        ))}
      </fieldset>
      {transition.error && !conflict && <ProblemNotice error={transition.error} />}
    </div>
  );
}
