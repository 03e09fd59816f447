import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useTRPC } from '@ticketing/client/react';
import type { Ticket, TicketStatus } from '@ticketing/client/types';
import { useCallback, useMemo, useState } from 'react';
import { BoardCard } from '../components/board-card.tsx';
import { BoardColumn } from '../components/board-column.tsx';
import { BoardProjectSelect } from '../components/board-filters.tsx';
import { useBoardMove } from '../components/board-move.ts';
import { boardColumns, canDrop, dropState } from '../components/board-rules.ts';
import { TicketConflictDialog } from '../components/conflict-ticket-dialog.tsx';
import { Button } from '../components/ui/button.tsx';
import { ProblemNotice } from '../components/ui/problem-notice.tsx';
import { Empty, Loading } from '../components/ui/states.tsx';
import { browserTimeZone } from '../lib/browser-time-zone.ts';
import { cleanSearch } from './ticket-search.ts';

// A board is read whole: big pages, and "load more" for the rest.
const PAGE_SIZE = 100;

/** Tickets in columns by status, for the filter in the URL; drag (or "Move to…") to transition. */
export function BoardPage() {
  const trpc = useTRPC();
  const search = useSearch({ from: '/app/board' });
  const navigate = useNavigate({ from: '/board' });
  const listInput = useMemo(
    () => ({ ...cleanSearch(search), timeZone: browserTimeZone(), limit: PAGE_SIZE, includeTotal: true }),
    [search],
  );
  const tickets = useInfiniteQuery(
    trpc.tickets.list.infiniteQueryOptions(listInput, { getNextPageParam: (page) => page.nextCursor }),
  );
  const board = useBoardMove(listInput);
  const [dragged, setDragged] = useState<Ticket | null>(null);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const focusTaken = useCallback(() => setFocusKey(null), []);

  const all = tickets.data?.pages.flatMap((page) => page.items) ?? [];
  const total = tickets.data?.pages[0]?.total;
  const byStatus = (status: TicketStatus) => all.filter((ticket) => ticket.status === status);

  const moveByKeyboard = (ticket: Ticket, status: TicketStatus) => {
    setFocusKey(ticket.key);
    board.move(ticket, status);
  };
  const drop = (status: TicketStatus) => {
    if (dragged && canDrop(dragged, status)) board.move(dragged, status);
    setDragged(null);
  };

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-lg font-semibold">Board</h1>
        <BoardProjectSelect
          value={search.projectKeys}
          onChange={(projectKeys) => void navigate({ search: (previous) => cleanSearch({ ...previous, projectKeys }) })}
        />
        <Link to="/tickets" search={search} className="text-sm text-indigo-800 underline">
          Same tickets as a list
        </Link>
        {tickets.data && (
          <p className="text-sm text-slate-600">
            {total !== undefined && total > all.length ? `Showing ${all.length} of ${total}` : `${all.length} tickets`}
          </p>
        )}
      </div>
      <p className="text-sm text-slate-600">
        Drag a card to another column, or use its “Move to…” list. Only the columns a ticket may move to take it.
      </p>
      <p className="sr-only" aria-live="polite">
        {board.announcement}
      </p>

      {tickets.isPending ? (
        <Loading what="the board" />
      ) : !tickets.data ? (
        <ProblemNotice error={tickets.error} onRetry={() => void tickets.refetch()} />
      ) : all.length === 0 ? (
        <Empty>No tickets match this board’s filter.</Empty>
      ) : (
        <div className="grid grid-cols-1 gap-3 md:grid-cols-2 xl:grid-cols-4">
          {boardColumns.map((status) => {
            const column = byStatus(status);
            return (
              <BoardColumn
                key={status}
                status={status}
                count={column.length}
                dropState={dropState(dragged, status)}
                onDrop={drop}
              >
                {column.map((ticket) => (
                  <BoardCard
                    key={ticket.key}
                    ticket={ticket}
                    pending={board.pending.has(ticket.key)}
                    error={board.errors[ticket.key]}
                    takeFocus={focusKey === ticket.key}
                    onFocusTaken={focusTaken}
                    onDragStart={setDragged}
                    onDragEnd={() => setDragged(null)}
                    onMove={moveByKeyboard}
                    onDismissError={board.dismissError}
                  />
                ))}
              </BoardColumn>
            );
          })}
        </div>
      )}

      {tickets.hasNextPage && (
        <div>
          <Button onClick={() => void tickets.fetchNextPage()} disabled={tickets.isFetchingNextPage}>
            {tickets.isFetchingNextPage ? 'Loading more…' : 'Load more tickets'}
          </Button>
        </div>
      )}
      {tickets.isFetchNextPageError && <ProblemNotice error={tickets.error} />}

      {board.conflict && (
        <TicketConflictDialog conflict={board.conflict} onReload={board.clearConflict} onCancel={board.clearConflict} />
      )}
    </div>
  );
}
