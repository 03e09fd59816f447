import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTRPC } from '@ticketing/client/react';
import { actorName, type InboxNotification, reasonLabels, summarize } from './inbox-event-summary.ts';
import { Button } from './ui/button.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';
import { Timestamp } from './ui/timestamp.tsx';

/** The inbox's list and the nav badge both change when anything is marked read. */
export function useMarkRead() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.notifications.markRead.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries(trpc.notifications.list.pathFilter()),
          queryClient.invalidateQueries(trpc.notifications.unreadCount.pathFilter()),
        ]);
      },
    }),
  );
}

export function NotificationItem({ notification }: { notification: InboxNotification }) {
  const markRead = useMarkRead();
  const { ticket, event } = notification;
  const markThisRead = () => markRead.mutate({ ids: [notification.id] });
  return (
    <li className={`flex flex-col gap-1 px-3 py-2 ${notification.read ? 'bg-white' : 'bg-indigo-50'}`}>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        {!notification.read && (
          <span className="rounded bg-indigo-700 px-1.5 text-xs font-medium text-white">Unread</span>
        )}
        <span className="font-medium text-slate-900">{reasonLabels[notification.reason]}</span>
        <span className="text-slate-600">
          <Timestamp date={notification.createdAt} />
        </span>
        <span className="flex-1" />
        {!notification.read && (
          <Button
            variant="ghost"
            onClick={markThisRead}
            disabled={markRead.isPending}
            aria-label={`Mark read: ${ticket?.key ?? 'notification'} ${reasonLabels[notification.reason]}`}
          >
            Mark read
          </Button>
        )}
      </div>
      <p className="text-sm text-slate-800">
        {ticket ? (
          <Link
            to="/tickets/$key"
            params={{ key: ticket.key }}
            // Opening the ticket is reading it, as in most inboxes.
            onClick={() => !notification.read && markThisRead()}
            className={`text-indigo-800 underline ${notification.read ? '' : 'font-semibold'}`}
          >
            {ticket.key} {ticket.title}
          </Link>
        ) : event.project && notification.reason === 'webhook_disabled' ? (
          <Link
            to="/projects/$key/webhooks"
            params={{ key: event.project.key }}
            onClick={() => !notification.read && markThisRead()}
            className="text-indigo-800 underline"
          >
            Webhooks of {event.project.key}
          </Link>
        ) : event.project && notification.reason === 'rule_disabled' ? (
          // Its rules' page: where the rule's failures and run log are, and its switch to turn it back on.
          <Link
            to="/projects/$key/automation"
            params={{ key: event.project.key }}
            onClick={() => !notification.read && markThisRead()}
            className="text-indigo-800 underline"
          >
            Automation of {event.project.key}
          </Link>
        ) : notification.reason === 'rule_disabled' ? (
          <span>A global rule</span>
        ) : (
          <span>{event.project?.key ?? 'No ticket'}</span>
        )}{' '}
        — {actorName(event)} {summarize(event)}
      </p>
      {markRead.error && <ProblemNotice error={markRead.error} />}
    </li>
  );
}
