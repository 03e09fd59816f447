// @vitest-environment happy-dom
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { useLiveUpdates } from '@ticketing/client/live-updates';
import { TicketingProvider, useTRPC } from '@ticketing/client/react';
import { EventSource } from 'eventsource';
import { afterAll, describe, expect, it } from 'vitest';
import { adminLogin, createSignedInUser } from './support/http.ts';
import { makeProject, makeTicket } from './support/live.ts';
import { startTestServer } from './support/test-server.ts';

// The page's origin (happy-dom's) is another origin than the server's: allow it, as a deployment would.
const server = await startTestServer({ CORS_ORIGINS: window.location.origin });
afterAll(async () => {
  cleanup();
  await server.close();
});

const admin = await adminLogin(server);
const viewer = await createSignedInUser(server, admin);
await makeProject(server, admin, 'UI', [viewer.user.id]);
await makeProject(server, admin, 'SIDE', [viewer.user.id]);
const watched = await makeTicket(server, admin, 'UI', 'Watched');
const other = await makeTicket(server, admin, 'UI', 'Other');

/** How often each query's data has been (re)fetched, to see which ones an event refreshed. */
function Fetches({ name, count }: { name: string; count: number | undefined }) {
  return <li data-testid={name}>{count ?? 0}</li>;
}

function Board() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const live = useLiveUpdates();
  const ticket = useQuery(trpc.tickets.get.queryOptions({ key: watched }));
  useQuery(trpc.tickets.get.queryOptions({ key: other }));
  useQuery(trpc.tickets.comments.list.queryOptions({ key: watched }));
  const count = (key: readonly unknown[]) => queryClient.getQueryState(key)?.dataUpdateCount;
  return (
    <div>
      <p>live: {live.status}</p>
      <p>last event: {live.data?.data.ticket?.key ?? 'none'}</p>
      <p>title: {ticket.data?.title ?? 'loading'}</p>
      <ul>
        <Fetches name="watched" count={count(trpc.tickets.get.queryKey({ key: watched }))} />
        <Fetches name="other" count={count(trpc.tickets.get.queryKey({ key: other }))} />
        <Fetches name="comments" count={count(trpc.tickets.comments.list.queryKey({ key: watched }))} />
      </ul>
    </div>
  );
}

const fetchesOf = (name: string) => Number(screen.getByTestId(name).textContent);

describe('useLiveUpdates against a real server', () => {
  it('refreshes exactly the queries an event makes stale, as other people change things', async () => {
    render(
      <TicketingProvider url={`${server.url}/trpc`} token={viewer.token} EventSource={EventSource}>
        <Board />
      </TicketingProvider>,
    );
    expect(await screen.findByText('title: Watched')).toBeTruthy();
    await screen.findByText('live: pending');
    // The stream starts when it opens: tickets elsewhere until one shows, so it is surely listening.
    for (let i = 0; i < 50 && screen.queryByText(/last event: SIDE-/) === null; i++) {
      await makeTicket(server, admin, 'SIDE');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await screen.findByText(/last event: SIDE-/);
    await waitFor(() => expect([fetchesOf('watched'), fetchesOf('other'), fetchesOf('comments')]).toEqual([1, 1, 1]));

    // Someone else renames the watched ticket: its query refetches; the other ticket's and the comments do not.
    const adminClient = server.client(admin);
    const current = await adminClient.tickets.get.query({ key: watched });
    await adminClient.tickets.update.mutate({ key: watched, version: current.version, title: 'Renamed elsewhere' });
    expect(await screen.findByText('title: Renamed elsewhere')).toBeTruthy();
    expect(fetchesOf('watched')).toBe(2);

    // A comment on it: its comments refetch (and the ticket, whose history moved); the other ticket still not.
    await adminClient.tickets.comments.add.mutate({ key: watched, body: 'Seen live' });
    await waitFor(() => expect([fetchesOf('comments'), fetchesOf('watched')]).toEqual([2, 3]));
    expect(fetchesOf('other')).toBe(1);
  });
});
