import { useInfiniteQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTRPC } from '@ticketing/client/react';
import { NotificationItem, useMarkRead } from '../components/inbox-notification-item.tsx';
import { Button } from '../components/ui/button.tsx';
import { ProblemNotice } from '../components/ui/problem-notice.tsx';
import { Empty, Loading } from '../components/ui/states.tsx';

export function InboxPage() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { unread } = useSearch({ from: '/app/inbox' });
  const markAll = useMarkRead();
  const notifications = useInfiniteQuery(
    trpc.notifications.list.infiniteQueryOptions(
      { unread: unread === true ? true : undefined },
      { getNextPageParam: (page) => page.nextCursor },
    ),
  );
  const items = notifications.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section aria-labelledby="inbox-title" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-3">
        <h1 id="inbox-title" className="text-lg font-semibold">
          Inbox
        </h1>
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            checked={unread === true}
            // The filter lives in the URL, so it survives reloads and can be shared.
            onChange={(event) => navigate({ to: '/inbox', search: event.target.checked ? { unread: true } : {} })}
          />
          Unread only
        </label>
        <span className="flex-1" />
        <Button onClick={() => markAll.mutate({ all: true })} disabled={markAll.isPending}>
          {markAll.isPending ? 'Marking…' : 'Mark all read'}
        </Button>
      </div>
      {markAll.error && <ProblemNotice error={markAll.error} />}

      {notifications.isPending ? (
        <Loading what="notifications" />
      ) : notifications.isError && items.length === 0 ? (
        <ProblemNotice error={notifications.error} onRetry={() => notifications.refetch()} />
      ) : items.length === 0 ? (
        <Empty>
          {unread ? 'No unread notifications.' : 'Nothing here yet: news about tickets you watch lands here.'}
        </Empty>
      ) : (
        <ul aria-label="Notifications" className="divide-y divide-slate-200 rounded border border-slate-200">
          {items.map((notification) => (
            <NotificationItem key={notification.id} notification={notification} />
          ))}
        </ul>
      )}

      {notifications.isFetchNextPageError && <ProblemNotice error={notifications.error} />}
      {notifications.hasNextPage && (
        <div>
          <Button onClick={() => notifications.fetchNextPage()} disabled={notifications.isFetchingNextPage}>
            {notifications.isFetchingNextPage ? 'Loading…' : 'Load more'}
          </Button>
        </div>
      )}
    </section>
  );
}
