import type { RouterOutputs, Ticket } from '@ticketing/client/types';

type TicketPage = RouterOutputs['tickets']['list'];

/** The ticket with this key in the board's pages, if it is loaded. */
export function findTicket(data: { pages: TicketPage[] } | undefined, key: string): Ticket | undefined {
  for (const page of data?.pages ?? []) {
    const ticket = page.items.find((item) => item.key === key);
    if (ticket) return ticket;
  }
  return undefined;
}

/** The pages with one ticket replaced by `change(ticket)`; the rest is left as it was (same objects). */
export function withTicket<Data extends { pages: TicketPage[] }>(
  data: Data | undefined,
  key: string,
  change: (ticket: Ticket) => Ticket,
): Data | undefined {
  if (!data) return data;
  return {
    ...data,
    pages: data.pages.map((page) =>
      page.items.some((item) => item.key === key)
        ? { ...page, items: page.items.map((item) => (item.key === key ? change(item) : item)) }
        : page,
    ),
  };
}
