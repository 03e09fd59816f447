import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@ticketing/client/react';
import { useDeferredValue, useState } from 'react';
import { Field, inputClass } from './ui/field.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';

/**
 * Choose a person: a search box narrows the list (users.list matches name or email) and a select
 * holds the choice, so it works from the keyboard without a custom combobox.
 */
export function UserPicker(props: {
  label: string;
  value: string;
  onChange(userId: string): void;
  /** The option for "nobody chosen", e.g. "Anyone" in a filter. */
  noneLabel: string;
  activeOnly?: boolean;
  errors?: string[] | undefined;
}) {
  const trpc = useTRPC();
  const [search, setSearch] = useState('');
  // A slow answer must not hold up typing; the query follows the text when React has time.
  const q = useDeferredValue(search.trim());
  const users = useQuery(
    trpc.users.list.queryOptions({ q: q || undefined, active: props.activeOnly ? true : undefined, limit: 20 }),
  );
  return (
    <div className="flex flex-wrap items-end gap-2">
      <Field label={`Find ${props.label.toLowerCase()} by name or email`}>
        {(control) => (
          <input
            {...control}
            type="search"
            className={inputClass}
            value={search}
            onChange={(event) => {
              setSearch(event.target.value);
              // The chosen person may no longer be in the list: a new search is a new choice.
              props.onChange('');
            }}
          />
        )}
      </Field>
      <Field label={props.label} errors={props.errors}>
        {(control) => (
          <select
            {...control}
            className={inputClass}
            value={props.value}
            onChange={(event) => props.onChange(event.target.value)}
          >
            <option value="">{users.isPending ? 'Loading…' : props.noneLabel}</option>
            {users.data?.items.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name} ({user.email})
              </option>
            ))}
          </select>
        )}
      </Field>
      {users.error && <ProblemNotice error={users.error} />}
    </div>
  );
}
