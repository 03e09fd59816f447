import type { RouterInputs } from '@ticketing/client/types';
import type { TicketSearch } from '../routes/ticket-search.ts';
import { browserTimeZone } from './browser-time-zone.ts';

export type TicketListInput = RouterInputs['tickets']['list'];

const calendarDay = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A day picked in the filters as the instant it starts or ends in the user's time zone: "created
 * to 2026-11-30" should include what was created that afternoon. Anything else goes to the API as
 * it is, so a bad value in a hand-edited URL comes back as the API's own validation message.
 */
function dayBound(day: string | undefined, end: boolean): string | undefined {
  if (!day || !calendarDay.test(day)) return day;
  const instant = new Date(`${day}T${end ? '23:59:59.999' : '00:00:00'}`);
  return Number.isNaN(instant.getTime()) ? day : instant.toISOString();
}

/** Comma-separated URL values as arrays: the live-update invalidation matches lists by project array. */
const list = (value: string | undefined) => (value ? value.split(',').filter(Boolean) : undefined);

/** The URL's view as a tickets.list input (without cursor: the infinite query adds it). */
export function listInputOf(search: TicketSearch, limit = 50): TicketListInput {
  const input = {
    projectKeys: list(search.projectKeys),
    status: list(search.status),
    priority: list(search.priority),
    assignee: search.assignee,
    label: search.label,
    departmentId: search.departmentId,
    createdFrom: dayBound(search.createdFrom, false),
    createdTo: dayBound(search.createdTo, true),
    dueFrom: search.dueFrom,
    dueTo: search.dueTo,
    query: search.query,
    view: search.view,
    sort: search.sort,
    order: search.order,
    // The query's today and what is overdue are the person's, as on the reports page.
    timeZone: browserTimeZone(),
    limit,
  };
  // Absent filters are left out rather than sent as undefined, so equal views share one cache entry.
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as TicketListInput;
}
