// @vitest-environment happy-dom
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { TicketingProvider, useTRPC } from '@ticketing/client/react';
import { afterAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer } from './support/test-server.ts';

// The page's origin (happy-dom's) is another origin than the server's: allow it, as a deployment would.
const server = await startTestServer({ CORS_ORIGINS: window.location.origin });
afterAll(async () => {
  cleanup();
  await server.close();
});

function TicketBoard() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const tickets = useQuery(trpc.tickets.list.queryOptions({ projectKeys: ['TSK'], sort: 'key' }));
  const create = useMutation(
    trpc.tickets.create.mutationOptions({
      // Precise invalidation: only ticket lists refetch.
      onSuccess: () => queryClient.invalidateQueries(trpc.tickets.list.pathFilter()),
    }),
  );
  if (tickets.isPending) return <p>loading</p>;
  if (tickets.isError) return <p>error: {tickets.error.message}</p>;
  return (
    <div>
      <ul>
        {tickets.data.items.map((ticket) => (
          <li key={ticket.key}>
            {ticket.key} {ticket.title}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => create.mutate({ projectKey: 'TSK', title: 'Made in React' })}>
        New ticket
      </button>
    </div>
  );
}

describe('the React hooks against a real server', () => {
  it('list tickets and create one, refreshing the list', async () => {
    const token = await server.login(ADMIN_EMAIL, ADMIN_PASSWORD);
    await server.client(token).tickets.create.mutate({ projectKey: 'TSK', title: 'Existing ticket' });

    render(
      <TicketingProvider url={`${server.url}/trpc`} token={token}>
        <TicketBoard />
      </TicketingProvider>,
    );
    expect(await screen.findByText('TSK-1001 Existing ticket')).toBeTruthy();

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'New ticket' }));
    });
    await waitFor(() => expect(screen.getByText('TSK-1002 Made in React')).toBeTruthy());
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });
});
