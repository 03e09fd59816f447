// @vitest-environment happy-dom
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { TicketListFilters } from '../src/components/ticket-list-filters.tsx';
import { useTicketListSearch } from '../src/lib/ticket-list-search.ts';
import { ticketSearchSchema } from '../src/routes/ticket-search.ts';

// React only flushes updates inside act() when it knows it is under test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ann = { id: '7a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d', name: 'Ann Lee' };

/** The list page's own wiring (URL ⇄ filters) without the table, so no server is needed. */
function FiltersPage() {
  const { search, setSearch } = useTicketListSearch();
  return (
    <TicketListFilters
      search={search}
      onChange={(next, options) => void setSearch(next, options)}
      projects={[{ key: 'TSK', name: 'Tasks' }]}
      people={[ann]}
      departments={[]}
    />
  );
}

/** A router shaped like the app's (a pathless `app` layout around /tickets), in memory. */
function makeRouter(url: string) {
  const rootRoute = createRootRoute();
  const appRoute = createRoute({ getParentRoute: () => rootRoute, id: 'app', component: Outlet });
  const listRoute = createRoute({
    getParentRoute: () => appRoute,
    path: '/tickets',
    validateSearch: ticketSearchSchema,
    component: FiltersPage,
  });
  return createRouter({
    routeTree: rootRoute.addChildren([appRoute.addChildren([listRoute])]),
    history: createMemoryHistory({ initialEntries: [url] }),
  });
}

let root: Root | undefined;
let container: HTMLElement | undefined;
afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
});

async function waitFor(check: () => boolean, what: string) {
  const deadline = Date.now() + 3_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  }
}

async function render(url: string) {
  const router = makeRouter(url);
  container = document.createElement('div');
  document.body.append(container);
  const mounted = createRoot(container);
  root = mounted;
  await act(async () => {
    mounted.render(<RouterProvider router={router} />);
  });
  await waitFor(() => document.getElementById('ticket-search') !== null, 'the search box');
  return { router, searchBox: document.getElementById('ticket-search') as HTMLInputElement };
}

/** Types as a user does: React reads the value the native setter wrote when the input event fires. */
function typeInto(input: HTMLInputElement, text: string) {
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function choose(select: HTMLSelectElement, value: string) {
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set?.call(select, value);
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const labelled = <T extends HTMLElement>(text: string): T => {
  const label = [...document.querySelectorAll('label')].find((element) => element.textContent?.trim() === text);
  const control = label?.htmlFor ? document.getElementById(label.htmlFor) : label?.querySelector('input, select');
  if (!control) throw new Error(`No control labelled ${text}`);
  return control as T;
};

describe('the ticket list query box', () => {
  it('is the labelled #ticket-search box and shows the query of the URL', async () => {
    const { searchBox } = await render('/tickets?query=printer');
    expect(searchBox.tagName).toBe('INPUT');
    expect(labelled<HTMLInputElement>('Search tickets')).toBe(searchBox);
    expect(searchBox.value).toBe('printer');
  });

  it('puts what is typed into the URL once typing pauses, keeping the other filters', async () => {
    const { router, searchBox } = await render('/tickets?status=open');
    typeInto(searchBox, 'pri');
    typeInto(searchBox, 'printer on fire');
    // Still typing: the URL (and so the API) has not been asked yet.
    expect(router.state.location.search).toEqual({ status: 'open' });
    await waitFor(() => router.state.location.search.query === 'printer on fire', 'query in the URL');
    expect(router.state.location.search).toEqual({ status: 'open', query: 'printer on fire' });
    expect(router.state.location.href).toContain('query=printer');
    expect(searchBox.value).toBe('printer on fire');
  });

  it('searches at once on Enter', async () => {
    const { router, searchBox } = await render('/tickets');
    typeInto(searchBox, 'TSK-1001');
    act(() => {
      searchBox.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    // One round of navigation, far less than the typing pause.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(router.state.location.search.query).toBe('TSK-1001');
  });

  it('drops the query, and the relevance sort that needs it, when the box is emptied', async () => {
    const { router, searchBox } = await render('/tickets?query=printer&sort=relevance&priority=high');
    expect(labelled<HTMLSelectElement>('Sort by').value).toBe('relevance');
    typeInto(searchBox, '');
    await waitFor(() => router.state.location.search.query === undefined, 'query to leave the URL');
    expect(router.state.location.search).toEqual({ priority: 'high' });
    expect(labelled<HTMLSelectElement>('Sort by').value).toBe('updated');
  });

  it('follows the URL when it changes elsewhere (a link, Back)', async () => {
    const { router, searchBox } = await render('/tickets?query=first');
    await act(() => router.navigate({ to: '/tickets', search: { query: 'second' } }));
    await waitFor(() => searchBox.value === 'second', 'the box to show the new query');
    await act(async () => router.history.back());
    await waitFor(() => searchBox.value === 'first', 'the box to show the previous query');
  });

  it('writes the other filters to the URL: assignee, dates, sort and order', async () => {
    const { router } = await render('/tickets');
    choose(labelled<HTMLSelectElement>('Assignee'), ann.id);
    await waitFor(() => router.state.location.search.assignee === ann.id, 'the assignee');
    choose(labelled<HTMLSelectElement>('Assignee'), 'me');
    await waitFor(() => router.state.location.search.assignee === 'me', 'assignee=me');
    typeInto(labelled<HTMLInputElement>('Created from'), '2026-11-01');
    await waitFor(() => router.state.location.search.createdFrom === '2026-11-01', 'the created-from date');
    choose(labelled<HTMLSelectElement>('Sort by'), 'due');
    await waitFor(() => router.state.location.search.sort === 'due', 'the sort');
    // Due dates read soonest first unless asked otherwise: the order shown is the API's default.
    await waitFor(() => labelled<HTMLSelectElement>('Order').value === 'asc', 'the order select to say ascending');
    choose(labelled<HTMLSelectElement>('Order'), 'desc');
    await waitFor(() => router.state.location.search.order === 'desc', 'the order');
    expect(router.state.location.search).toEqual({
      assignee: 'me',
      createdFrom: '2026-11-01',
      sort: 'due',
      order: 'desc',
    });
  });

  it('clears every filter but keeps the sort', async () => {
    const { router, searchBox } = await render('/tickets?query=printer&status=open&assignee=none&sort=key');
    const clear = [...document.querySelectorAll('button')].find((button) => button.textContent === 'Clear filters');
    expect(clear).toBeDefined();
    act(() => clear?.click());
    await waitFor(() => router.state.location.search.query === undefined, 'the filters to clear');
    expect(router.state.location.search).toEqual({ sort: 'key' });
    await waitFor(() => searchBox.value === '', 'the box to empty');
  });
});
