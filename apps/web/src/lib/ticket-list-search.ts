import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback } from 'react';
import { cleanSearch, type TicketSearch } from '../routes/ticket-search.ts';

/** A change to the view: the keys given replace those in the URL (undefined removes one). */
export type TicketSearchPatch = Partial<TicketSearch>;

/**
 * The ticket list's view, kept in the URL (`/tickets?status=open&query=printer`) so that every view is a
 * link and Back undoes a filter. A change is merged into the URL's search as it is when the
 * navigation runs, not as the caller last rendered it, so two quick changes never undo each other.
 * `replace` suits typing: one history entry per search, not per key.
 */
export function useTicketListSearch() {
  const search = useSearch({ from: '/app/tickets' });
  const navigate = useNavigate({ from: '/tickets' });
  const setSearch = useCallback(
    (patch: TicketSearchPatch, options: { replace?: boolean } = {}) =>
      navigate({ search: (current) => cleanSearch({ ...current, ...patch }), replace: options.replace ?? false }),
    [navigate],
  );
  return { search, setSearch };
}
