import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import {
  Aging,
  Breakdown,
  CreatedVsResolved,
  CycleTime,
  DashboardTiles,
  type ReportBase,
  UserActivity,
} from '../components/report-sections.tsx';
import { SlaComplianceSection } from '../components/report-sla-compliance.tsx';
import { TicketListDebouncedInput } from '../components/ticket-list-debounced-input.tsx';
import { DateRange, Labelled } from '../components/ticket-list-filter-fields.tsx';
import { inputClass } from '../components/ui/field.tsx';
import { browserTimeZone } from '../lib/browser-time-zone.ts';
import { querySuggestions } from '../lib/query-suggestions.ts';
import type { ReportSearch } from './report-search.ts';

const reportsApi = getRouteApi('/app/reports');
const browserZone = browserTimeZone();

/** A picked day as the instant it starts (or ends) in the browser's zone. */
const dayBound = (day: string | undefined, end: boolean) =>
  day ? new Date(`${day}T${end ? '23:59:59.999' : '00:00:00'}`) : undefined;

export function ReportsPage() {
  const search = reportsApi.useSearch();
  const navigate = useNavigate({ from: '/reports' });
  const set = (patch: Partial<ReportSearch>) =>
    navigate({ search: (current) => ({ ...current, ...patch }), replace: true });
  const input: ReportBase = useMemo(
    () => ({
      ...(search.query ? { query: search.query } : {}),
      ...(search.from ? { from: dayBound(search.from, false) } : {}),
      ...(search.to ? { to: dayBound(search.to, true) } : {}),
      timeZone: search.timeZone ?? browserZone,
    }),
    [search.query, search.from, search.to, search.timeZone],
  );
  return (
    <section aria-labelledby="reports-title" className="flex flex-col gap-4">
      <h1 id="reports-title" className="text-lg font-semibold">
        Reports
      </h1>
      <search aria-label="Report filters" className="flex flex-wrap items-end gap-3">
        <Labelled label="Tickets (query)" className="min-w-64 flex-1">
          {(id) => (
            <TicketListDebouncedInput
              id={id}
              className={inputClass}
              placeholder="project:TSK priority>=high label:bug"
              maxLength={1000}
              value={search.query}
              suggest={querySuggestions}
              onCommit={(query) => set({ query: query || undefined })}
            />
          )}
        </Labelled>
        <DateRange
          name="Period"
          from={search.from}
          to={search.to}
          onFrom={(from) => set({ from })}
          onTo={(to) => set({ to })}
        />
        <Labelled label="Time zone">
          {(id) => (
            <input
              id={id}
              className={inputClass}
              list="time-zones"
              value={search.timeZone ?? browserZone}
              onChange={(event) => set({ timeZone: event.target.value || undefined })}
            />
          )}
        </Labelled>
        <datalist id="time-zones">
          {Intl.supportedValuesOf('timeZone').map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <Labelled label="Series per">
          {(id) => (
            <select
              id={id}
              className={inputClass}
              value={search.interval ?? 'day'}
              onChange={(event) => set({ interval: event.target.value as ReportSearch['interval'] })}
            >
              <option value="day">day</option>
              <option value="week">week</option>
              <option value="month">month</option>
            </select>
          )}
        </Labelled>
      </search>
      <DashboardTiles input={input} />
      <CreatedVsResolved input={input} interval={search.interval ?? 'day'} />
      <Breakdown input={input} by={search.by ?? 'status'} onBy={(by) => set({ by })} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Aging input={input} />
        <CycleTime input={input} />
      </div>
      <SlaComplianceSection input={input} />
      <UserActivity input={input} />
    </section>
  );
}
