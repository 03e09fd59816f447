import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@ticketing/client/react';
import type { RouterOutputs } from '@ticketing/client/types';
import { cell, Table } from './admin-table.tsx';
import { Button } from './ui/button.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';
import { Empty, Loading } from './ui/states.tsx';
import { Timestamp } from './ui/timestamp.tsx';

type Session = RouterOutputs['auth']['sessions']['list'][number];

function SessionRow({ session }: { session: Session }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const revoke = useMutation(
    trpc.auth.sessions.revoke.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.auth.sessions.list.pathFilter()),
    }),
  );
  const device = session.userAgent ?? 'Unknown device';
  return (
    <tr>
      <td className={cell}>
        {device}
        {session.current && (
          <span className="ml-2 rounded bg-green-100 px-1.5 text-xs font-medium text-green-900">This session</span>
        )}
      </td>
      <td className={cell}>{session.ipAddress ?? '—'}</td>
      <td className={cell}>
        <Timestamp date={session.createdAt} />
      </td>
      <td className={cell}>
        <Timestamp date={session.lastUsedAt} />
      </td>
      <td className={cell}>
        <Timestamp date={session.expiresAt} />
      </td>
      <td className={cell}>
        {/* The current session ends with "Sign out" in the navigation, which also clears this page. */}
        {!session.current && (
          <Button
            onClick={() => revoke.mutate({ id: session.id })}
            disabled={revoke.isPending}
            aria-label={`Sign out session on ${device}`}
          >
            {revoke.isPending ? 'Signing out…' : 'Sign out'}
          </Button>
        )}
        {revoke.error && <ProblemNotice error={revoke.error} />}
      </td>
    </tr>
  );
}

export function SessionsSection() {
  const trpc = useTRPC();
  const sessions = useQuery(trpc.auth.sessions.list.queryOptions());
  return (
    <section
      aria-labelledby="sessions-title"
      className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-4"
    >
      <h2 id="sessions-title" className="font-semibold">
        Sessions
      </h2>
      {sessions.isPending ? (
        <Loading what="sessions" />
      ) : sessions.isError ? (
        <ProblemNotice error={sessions.error} onRetry={() => sessions.refetch()} />
      ) : sessions.data.length === 0 ? (
        <Empty>No active sessions.</Empty>
      ) : (
        <Table
          caption="Your signed-in sessions"
          columns={['Device', 'Address', 'Signed in', 'Last used', 'Expires', 'Actions']}
        >
          <tbody className="divide-y divide-slate-100">
            {sessions.data.map((session) => (
              <SessionRow key={session.id} session={session} />
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
