import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTRPC } from '@ticketing/client/react';
import { type FormEvent, useState } from 'react';
import { Table } from './admin-table.tsx';
import { CreateUserButton } from './admin-user-create.tsx';
import { UserRow } from './admin-user-row.tsx';
import { Button } from './ui/button.tsx';
import { Field, inputClass } from './ui/field.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';
import { Empty, Loading } from './ui/states.tsx';

const statusFilters = { all: undefined, active: true, deactivated: false } as const;
type StatusFilter = keyof typeof statusFilters;
const isStatusFilter = (value: string): value is StatusFilter => value in statusFilters;

export function UsersTab() {
  const trpc = useTRPC();
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<StatusFilter>('all');
  const departments = useQuery(trpc.departments.list.queryOptions());
  const users = useInfiniteQuery(
    trpc.users.list.infiniteQueryOptions(
      { q: q || undefined, active: statusFilters[status] },
      { getNextPageParam: (page) => page.nextCursor },
    ),
  );
  const items = users.data?.pages.flatMap((page) => page.items) ?? [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setQ(search.trim());
  };

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end gap-3">
        <form onSubmit={submit} className="flex items-end gap-2" aria-label="Search users">
          <Field label="Name or email">
            {(control) => (
              <input
                {...control}
                type="search"
                className={inputClass}
                value={search}
                onChange={(event) => setSearch(event.target.value)}
              />
            )}
          </Field>
          <Button type="submit">Search</Button>
        </form>
        <Field label="Status">
          {(control) => (
            <select
              {...control}
              className={inputClass}
              value={status}
              onChange={(event) => isStatusFilter(event.target.value) && setStatus(event.target.value)}
            >
              <option value="all">All</option>
              <option value="active">Active</option>
              <option value="deactivated">Deactivated</option>
            </select>
          )}
        </Field>
        <span className="flex-1" />
        <CreateUserButton departments={departments.data ?? []} />
      </div>
      {departments.error && <ProblemNotice error={departments.error} onRetry={() => departments.refetch()} />}
      {users.isPending ? (
        <Loading what="users" />
      ) : users.isError && items.length === 0 ? (
        <ProblemNotice error={users.error} onRetry={() => users.refetch()} />
      ) : items.length === 0 ? (
        <Empty>No users match.</Empty>
      ) : (
        <Table caption="Users" columns={['Name', 'Email', 'Role', 'Department', 'Status', 'Actions']}>
          <tbody className="divide-y divide-slate-100">
            {items.map((user) => (
              <UserRow key={user.id} user={user} departments={departments.data ?? []} />
            ))}
          </tbody>
        </Table>
      )}
      {users.isFetchNextPageError && <ProblemNotice error={users.error} />}
      {users.hasNextPage && (
        <div>
          <Button onClick={() => users.fetchNextPage()} disabled={users.isFetchingNextPage}>
            {users.isFetchingNextPage ? 'Loading…' : 'Load more users'}
          </Button>
        </div>
      )}
    </div>
  );
}
