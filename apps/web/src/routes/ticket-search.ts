import { z } from 'zod';

/**
 * The ticket list's and the board's view as URL search params, so that every view is a link. The
 * values go to tickets.list as they are (comma-separated lists, `me`/`none`): the API validates
 * them, and a bad one comes back as its E_VALIDATION message, shown next to the filters.
 */
export const ticketSearchSchema = z.object({
  projectKeys: z.string().optional(),
  status: z.string().optional(),
  priority: z.string().optional(),
  assignee: z.string().optional(),
  label: z.string().optional(),
  departmentId: z.string().optional(),
  createdFrom: z.string().optional(),
  createdTo: z.string().optional(),
  dueFrom: z.string().optional(),
  dueTo: z.string().optional(),
  /** The query language (fields and free text), as tickets.list takes it. */
  query: z.string().optional(),
  /** A saved view: its query is ANDed in, its sort is the default. */
  view: z.string().optional(),
  sort: z.enum(['created', 'updated', 'priority', 'due', 'key', 'relevance']).optional(),
  order: z.enum(['asc', 'desc']).optional(),
});
export type TicketSearch = z.infer<typeof ticketSearchSchema>;

/** The search without empty values: what goes to tickets.list and into the URL. */
export function cleanSearch(search: TicketSearch): TicketSearch {
  return Object.fromEntries(
    Object.entries(search).filter(([, value]) => value !== undefined && value !== ''),
  ) as TicketSearch;
}
