import { keepPreviousData, useInfiniteQuery, useQueries, useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { problemOf } from '@ticketing/client/errors';
import { useTRPC } from '@ticketing/client/react';
import { useMemo, useRef, useState } from 'react';
import { TicketListBulkBar } from '../components/ticket-list-bulk-bar.tsx';
import { TicketListColumnChooser, useTicketListColumns } from '../components/ticket-list-columns.tsx';
import { TicketListFilters } from '../components/ticket-list-filters.tsx';
import { TicketListTable } from '../components/ticket-list-table.tsx';
import { exportUrl, TicketListViews } from '../components/ticket-list-views.tsx';
import { Button } from '../components/ui/button.tsx';
import { ProblemNotice } from '../components/ui/problem-notice.tsx';
import { Empty, Loading } from '../components/ui/states.tsx';
import { listInputOf } from '../lib/ticket-list-input.ts';
import { useTicketListKeyboard } from '../lib/ticket-list-keyboard.ts';
import { useTicketListSearch } from '../lib/ticket-list-search.ts';

/** How many projects' members the assignee filter offers at most (one request per project). */
const MAX_MEMBER_PROJECTS = 20;

/**
 * The people the assignee filter offers: members of the chosen projects, or of all of yours. Asked
 * for once the tickets are there (`enabled`): a big project's members would otherwise share the
 * tickets' request and hold the first rows back.
 */
function usePeople(projectKeys: readonly string[], enabled: boolean) {
  const trpc = useTRPC();
  const members = useQueries({
    queries: projectKeys
      .slice(0, MAX_MEMBER_PROJECTS)
      .map((key) => ({ ...trpc.projects.members.list.queryOptions({ key }), enabled })),
  });
  const names = new Map<string, string>();
  for (const query of members) for (const member of query.data ?? []) names.set(member.userId, member.name);
  return [...names].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

export function TicketListPage() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { search, setSearch } = useTicketListSearch();
  const input = useMemo(() => listInputOf(search), [search]);
  const list = useInfiniteQuery(
    trpc.tickets.list.infiniteQueryOptions(input, {
      getNextPageParam: (page) => page.nextCursor,
      // The old rows stay while a new filter loads, rather than the table blinking to "Loading".
      placeholderData: keepPreviousData,
    }),
  );
  const projects = useQuery(trpc.projects.list.queryOptions({}));
  const departments = useQuery(trpc.departments.list.queryOptions());
  const chosenProjects = search.projectKeys?.split(',').filter(Boolean);
  const people = usePeople(
    chosenProjects ?? (projects.data ?? []).map((project) => project.key),
    list.isSuccess || list.isError,
  );
  const { columns, toggle: toggleColumn } = useTicketListColumns();

  const tickets = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data]);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [focus, setFocus] = useState(-1);
  // A new view starts with nothing selected and no row in focus (state reset during render, as
  // React recommends over an effect).
  const viewKey = JSON.stringify(input);
  const [view, setView] = useState(viewKey);
  if (view !== viewKey) {
    setView(viewKey);
    setSelected(new Set());
    setFocus(-1);
  }

  const tableRef = useRef<HTMLDivElement>(null);
  const select = (keys: readonly string[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const key of keys) {
        if (on) next.add(key);
        else next.delete(key);
      }
      return next;
    });
  useTicketListKeyboard({
    count: tickets.length,
    focus,
    moveTo: (index) => {
      setFocus(index);
      tableRef.current?.querySelector<HTMLElement>(`[data-row="${index}"] [data-ticket-link]`)?.focus();
    },
    toggle: (index) => {
      const ticket = tickets[index];
      if (ticket) select([ticket.key], !selected.has(ticket.key));
    },
    open: (index) => {
      const ticket = tickets[index];
      if (ticket) void navigate({ to: '/tickets/$key', params: { key: ticket.key } });
    },
  });

  const selectedTickets = tickets.filter((ticket) => selected.has(ticket.key));
  const filtered = Object.entries(search).some(([key, value]) => value && key !== 'sort' && key !== 'order');

  return (
    <div className="grid gap-4 lg:grid-cols-[12rem_1fr]">
      <TicketListViews
        current={search.view}
        input={input}
        onOpen={(view) => void navigate({ to: '/tickets', search: { view } })}
      />
      <div className="flex min-w-0 flex-col gap-4">
        <div className="flex items-center justify-between gap-2">
          <h1 className="text-lg font-semibold">Tickets</h1>
          <span className="flex-1" />
          <a className="text-sm text-indigo-800 underline" href={exportUrl(input)}>
            Export CSV
          </a>
          <TicketListColumnChooser columns={columns} onToggle={toggleColumn} />
        </div>
        <TicketListFilters
          search={search}
          onChange={(next, options) => void setSearch(next, options)}
          projects={projects.data ?? []}
          people={people}
          departments={departments.data ?? []}
        />
        {list.error && (
          <ProblemNotice
            error={list.error}
            // Asking again cannot fix a filter the API refused; it can outlast a network or server fault.
            {...(problemOf(list.error).code === 'E_VALIDATION' ? {} : { onRetry: () => void list.refetch() })}
          />
        )}
        {selectedTickets.length > 0 && (
          <TicketListBulkBar tickets={selectedTickets} onClear={() => setSelected(new Set())} />
        )}
        {list.isPending ? (
          <Loading what="tickets" />
        ) : tickets.length === 0 ? (
          !list.error && (
            <Empty>{filtered ? 'No tickets match these filters.' : 'No tickets yet. Press c to create one.'}</Empty>
          )
        ) : (
          <div
            ref={tableRef}
            className="overflow-x-auto rounded border border-slate-200 bg-white"
            aria-busy={list.isFetching}
          >
            <TicketListTable
              tickets={tickets}
              columns={columns}
              selected={selected}
              onSelect={select}
              focus={focus}
              onFocusRow={setFocus}
            />
          </div>
        )}
        <div className="flex items-center gap-3 text-sm text-slate-700">
          <p aria-live="polite">
            {tickets.length > 0 &&
              `${tickets.length} ${tickets.length === 1 ? 'ticket' : 'tickets'} shown${list.hasNextPage ? ', more to load' : ''}.`}
            {list.isPlaceholderData && ' Updating…'}
          </p>
          {list.hasNextPage && (
            <Button
              onClick={() => void list.fetchNextPage()}
              disabled={list.isFetchingNextPage || list.isPlaceholderData}
            >
              {list.isFetchingNextPage ? 'Loading more…' : 'Load more'}
            </Button>
          )}
          <p className="ml-auto text-xs text-slate-600">
            <kbd>j</kbd>/<kbd>k</kbd> move · <kbd>x</kbd> select · <kbd>e</kbd> open · <kbd>/</kbd> search
          </p>
        </div>
      </div>
    </div>
  );
}
