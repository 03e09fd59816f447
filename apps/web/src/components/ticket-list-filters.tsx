import type { RouterOutputs } from '@ticketing/client/types';
import { querySuggestions } from '../lib/query-suggestions.ts';
import type { TicketSearchPatch } from '../lib/ticket-list-search.ts';
import { priorities, priorityNames, statuses, statusNames } from '../lib/ticket-list-vocabulary.ts';
import type { TicketSearch } from '../routes/ticket-search.ts';
import { TicketListDebouncedInput } from './ticket-list-debounced-input.tsx';
import { DateRange, Labelled } from './ticket-list-filter-fields.tsx';
import { TicketListMultiCheck } from './ticket-list-multi-check.tsx';
import { inputClass } from './ui/field.tsx';

type Sort = NonNullable<TicketSearch['sort']>;
type Order = NonNullable<TicketSearch['order']>;

const sortNames: Record<Sort, string> = {
  relevance: 'Relevance',
  updated: 'Updated',
  created: 'Created',
  priority: 'Priority',
  due: 'Due date',
  key: 'Key',
};

/** The API's defaults, shown as chosen so the select never claims an order the list does not have. */
export const defaultSort = (search: TicketSearch): Sort => search.sort ?? (search.query ? 'relevance' : 'updated');
export const defaultOrder = (sort: Sort): Order => (sort === 'key' || sort === 'due' ? 'asc' : 'desc');

/** Every filter removed; the sort and order stay, being how one reads a list rather than what is in it. */
const clearedFilters = {
  projectKeys: undefined,
  status: undefined,
  priority: undefined,
  assignee: undefined,
  label: undefined,
  departmentId: undefined,
  createdFrom: undefined,
  createdTo: undefined,
  dueFrom: undefined,
  dueTo: undefined,
  query: undefined,
  view: undefined,
} satisfies Record<Exclude<keyof TicketSearch, 'sort' | 'order'>, undefined>;

export interface TicketListFiltersProps {
  search: TicketSearch;
  /**
   * A change to the view: the keys given replace those of `search`, undefined removes one. `replace`
   * is set for typing, so Back undoes a search rather than each letter of it.
   */
  onChange(patch: TicketSearchPatch, options?: { replace?: boolean }): void;
  projects: readonly Pick<RouterOutputs['projects']['list'][number], 'key' | 'name'>[];
  people: readonly { id: string; name: string }[];
  departments: readonly Pick<RouterOutputs['departments']['list'][number], 'id' | 'name'>[];
}

/** The list's query: full-text search, filters and sort, all of it URL state through `onChange`. */
export function TicketListFilters({ search, onChange, projects, people, departments }: TicketListFiltersProps) {
  const sort = defaultSort(search);
  const knownPerson =
    !search.assignee || ['me', 'none'].includes(search.assignee) || people.some((p) => p.id === search.assignee);
  const knownDepartment = !search.departmentId || departments.some((d) => d.id === search.departmentId);
  const filtered = Object.entries(search).some(([key, value]) => value && key !== 'sort' && key !== 'order');

  return (
    <search aria-label="Ticket filters" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end gap-3">
        <Labelled label="Search tickets" id="ticket-search" className="min-w-64 flex-1">
          {(id) => (
            <TicketListDebouncedInput
              id={id}
              type="search"
              className={inputClass}
              placeholder="Words, or fields: status:open priority>=high assignee:me  (press /)"
              maxLength={1000}
              value={search.query}
              suggest={querySuggestions}
              onCommit={(query) =>
                // Relevance means nothing without words to rank by.
                onChange(
                  { query, ...(query === '' && search.sort === 'relevance' ? { sort: undefined } : {}) },
                  { replace: true },
                )
              }
            />
          )}
        </Labelled>
        <Labelled label="Sort by">
          {(id) => (
            <select
              id={id}
              className={inputClass}
              value={sort}
              onChange={(event) => onChange({ sort: event.target.value as Sort })}
            >
              {(Object.keys(sortNames) as Sort[])
                .filter((value) => value !== 'relevance' || search.query)
                .map((value) => (
                  <option key={value} value={value}>
                    {sortNames[value]}
                  </option>
                ))}
            </select>
          )}
        </Labelled>
        <Labelled label="Order">
          {(id) => (
            <select
              id={id}
              className={inputClass}
              value={search.order ?? defaultOrder(sort)}
              onChange={(event) => onChange({ order: event.target.value as Order })}
            >
              <option value="desc">Descending</option>
              <option value="asc">Ascending</option>
            </select>
          )}
        </Labelled>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <TicketListMultiCheck
          label="Projects"
          value={search.projectKeys}
          options={projects.map((p) => ({ value: p.key, name: `${p.key} · ${p.name}` }))}
          onChange={(projectKeys) => onChange({ projectKeys })}
        />
        <TicketListMultiCheck
          label="Status"
          value={search.status}
          options={statuses.map((value) => ({ value, name: statusNames[value] }))}
          onChange={(status) => onChange({ status })}
        />
        <TicketListMultiCheck
          label="Priority"
          value={search.priority}
          options={priorities.map((value) => ({ value, name: priorityNames[value] }))}
          onChange={(priority) => onChange({ priority })}
        />
        <Labelled label="Assignee">
          {(id) => (
            <select
              id={id}
              className={inputClass}
              value={search.assignee ?? ''}
              onChange={(event) => onChange({ assignee: event.target.value || undefined })}
            >
              <option value="">Anyone</option>
              <option value="me">Me</option>
              <option value="none">Nobody (unassigned)</option>
              {!knownPerson && <option value={search.assignee}>Someone else</option>}
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </select>
          )}
        </Labelled>
        <Labelled label="Label">
          {(id) => (
            <TicketListDebouncedInput
              id={id}
              className={`${inputClass} w-32`}
              maxLength={50}
              value={search.label}
              onCommit={(label) => onChange({ label }, { replace: true })}
            />
          )}
        </Labelled>
        <Labelled label="Department">
          {(id) => (
            <select
              id={id}
              className={inputClass}
              value={search.departmentId ?? ''}
              onChange={(event) => onChange({ departmentId: event.target.value || undefined })}
            >
              <option value="">Any department</option>
              {!knownDepartment && <option value={search.departmentId}>Another department</option>}
              {departments.map((department) => (
                <option key={department.id} value={department.id}>
                  {department.name}
                </option>
              ))}
            </select>
          )}
        </Labelled>
        <DateRange
          name="Created"
          from={search.createdFrom}
          to={search.createdTo}
          onFrom={(createdFrom) => onChange({ createdFrom })}
          onTo={(createdTo) => onChange({ createdTo })}
        />
        <DateRange
          name="Due"
          from={search.dueFrom}
          to={search.dueTo}
          onFrom={(dueFrom) => onChange({ dueFrom })}
          onTo={(dueTo) => onChange({ dueTo })}
        />
        {filtered && (
          <button
            type="button"
            className="py-1.5 text-sm text-indigo-800 underline"
            onClick={() => onChange(clearedFilters)}
          >
            Clear filters
          </button>
        )}
      </div>
    </search>
  );
}
