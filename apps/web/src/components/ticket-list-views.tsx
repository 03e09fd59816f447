import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { problemOf } from '@ticketing/client/errors';
import { useTRPC } from '@ticketing/client/react';
import { type FormEvent, useState } from 'react';
import type { TicketListInput } from '../lib/ticket-list-input.ts';
import { Button } from './ui/button.tsx';
import { Dialog } from './ui/dialog.tsx';
import { Field, inputClass } from './ui/field.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';

/** The list's filters without its paging, sort, time zone or the view itself: what a new view keeps. */
function filterOf(input: TicketListInput) {
  const {
    sort: _sort,
    order: _order,
    limit: _limit,
    cursor: _cursor,
    includeTotal: _total,
    query: _query,
    view: _view,
    timeZone: _timeZone,
    ...filter
  } = input;
  return filter;
}

/** Saves the list as it is now (its filters, query and sort) as a personal or a project's view. */
function SaveViewButton(props: { input: TicketListInput; onSaved(id: string): void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [projectKey, setProjectKey] = useState('');
  const projects = useQuery(trpc.projects.list.queryOptions({}));
  const shareable = (projects.data ?? []).filter((project) => project.myPermissions.includes('project:manage'));
  const create = useMutation(
    trpc.views.create.mutationOptions({
      onSuccess: async (view) => {
        setOpen(false);
        setName('');
        await queryClient.invalidateQueries(trpc.views.list.pathFilter());
        props.onSaved(view.id);
      },
    }),
  );
  const fields = create.error ? problemOf(create.error).fields : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({
      name,
      query: props.input.query ?? '',
      filter: filterOf(props.input),
      ...(props.input.sort ? { sort: props.input.sort } : {}),
      ...(props.input.order ? { order: props.input.order } : {}),
      ...(projectKey ? { projectKey } : {}),
    });
  };
  return (
    <>
      <Button onClick={() => setOpen(true)}>Save view</Button>
      <Dialog open={open} onOpenChange={setOpen} title="Save this view">
        <form onSubmit={submit} className="flex flex-col gap-3">
          <Field label="Name" errors={fields.name}>
            {(control) => (
              <input
                {...control}
                className={inputClass}
                value={name}
                onChange={(event) => setName(event.target.value)}
              />
            )}
          </Field>
          <Field label="Shared with" errors={fields.projectKey}>
            {(control) => (
              <select
                {...control}
                className={inputClass}
                value={projectKey}
                onChange={(event) => setProjectKey(event.target.value)}
              >
                <option value="">Only me</option>
                {shareable.map((project) => (
                  <option key={project.key} value={project.key}>
                    Everyone in {project.key}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {create.error && <ProblemNotice error={create.error} />}
          <div className="flex justify-end gap-2">
            <Button onClick={() => setOpen(false)}>Cancel</Button>
            <Button type="submit" variant="primary" disabled={create.isPending}>
              {create.isPending ? 'Saving…' : 'Save view'}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}

/** Saved views: yours, then those shared with your projects; the current one is marked. */
export function TicketListViews(props: {
  current: string | undefined;
  input: TicketListInput;
  onOpen(id: string): void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const views = useQuery(trpc.views.list.queryOptions());
  const remove = useMutation(
    trpc.views.delete.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.views.list.pathFilter()) }),
  );
  return (
    <nav aria-label="Saved views" className="flex flex-col gap-2 text-sm">
      <h2 className="text-xs font-medium tracking-wide text-slate-600 uppercase">Views</h2>
      <ul className="flex flex-col gap-1">
        <li>
          <Link to="/tickets" className="text-indigo-800 underline" aria-current={props.current ? undefined : 'page'}>
            All tickets
          </Link>
        </li>
        {views.data?.map((view) => (
          <li key={view.id} className="flex items-center gap-1">
            <Link
              to="/tickets"
              search={{ view: view.id }}
              className={`truncate text-indigo-800 underline ${props.current === view.id ? 'font-semibold' : ''}`}
              aria-current={props.current === view.id ? 'page' : undefined}
              title={view.query}
            >
              {view.name}
            </Link>
            {view.projectKey && <span className="text-xs text-slate-600">({view.projectKey})</span>}
            {view.editable && (
              <button
                type="button"
                className="ml-auto text-xs text-slate-600 underline"
                aria-label={`Delete the view ${view.name}`}
                onClick={() => remove.mutate({ id: view.id })}
              >
                Delete
              </button>
            )}
          </li>
        ))}
      </ul>
      {views.error && <ProblemNotice error={views.error} />}
      {remove.error && <ProblemNotice error={remove.error} />}
      <SaveViewButton input={props.input} onSaved={props.onOpen} />
    </nav>
  );
}

/** The list's current filters as the CSV export's URL. */
export function exportUrl(input: TicketListInput): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filterOf(input))) {
    if (value === undefined || value === '') continue;
    params.set(
      key,
      Array.isArray(value) ? value.join(',') : value instanceof Date ? value.toISOString() : String(value),
    );
  }
  if (input.query) params.set('query', input.query);
  if (input.view) params.set('view', input.view);
  if (input.timeZone) params.set('timeZone', input.timeZone);
  return `/api/v1/tickets/export.csv?${params}`;
}
