import { useQuery } from '@tanstack/react-query';
import { problemOf } from '@ticketing/client/errors';
import { useTRPC } from '@ticketing/client/react';
import { type FormEvent, useState } from 'react';
import { AUDIT_COLUMNS, AUDIT_PAGE_SIZE, type AuditFilters, AuditPage } from './admin-audit-page.tsx';
import { Table } from './admin-table.tsx';
import { UserPicker } from './admin-user-picker.tsx';
import { Button } from './ui/button.tsx';
import { Field, inputClass } from './ui/field.tsx';

/** "ticket.created, user.updated" → the list; empty means every type. The server checks the names. */
const parseTypes = (text: string) => {
  const types = text
    .split(',')
    .map((type) => type.trim())
    .filter(Boolean);
  return types.length > 0 ? types : undefined;
};

/** The messages for `name` and each of its items (`types.1`), for the field that holds them. */
const errorsFor = (fields: Record<string, string[]>, name: string) => {
  const messages = Object.entries(fields)
    .filter(([field]) => field === name || field.startsWith(`${name}.`))
    .flatMap(([, list]) => list);
  return messages.length > 0 ? messages : undefined;
};

export function AuditTab() {
  const trpc = useTRPC();
  const [typesText, setTypesText] = useState('');
  const [actor, setActor] = useState('');
  const [filters, setFilters] = useState<AuditFilters>({ types: undefined, actor: undefined });
  const [afters, setAfters] = useState<number[]>([0]);
  // The first page's query (shared with AuditPage through the cache, no second request): a filter the
  // server refuses is shown on the filter's field as well as in the table.
  const first = useQuery(trpc.admin.audit.queryOptions({ after: 0, limit: AUDIT_PAGE_SIZE, ...filters }));
  const fields = first.error ? problemOf(first.error).fields : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFilters({ types: parseTypes(typesText), actor: actor || undefined });
    setAfters([0]);
  };

  return (
    <div className="flex flex-col gap-3">
      <form onSubmit={submit} className="flex flex-wrap items-end gap-3" aria-label="Filter the audit log">
        <Field
          label="Event types (comma-separated, e.g. user.updated, token.revoked)"
          errors={errorsFor(fields, 'types')}
        >
          {(control) => (
            <input
              {...control}
              className={`${inputClass} w-96`}
              value={typesText}
              onChange={(event) => setTypesText(event.target.value)}
            />
          )}
        </Field>
        <UserPicker
          label="Actor"
          noneLabel="Anyone"
          value={actor}
          onChange={setActor}
          errors={errorsFor(fields, 'actor')}
        />
        <Button type="submit" variant="primary">
          Apply filters
        </Button>
      </form>
      <Table caption="Audit log, oldest first" columns={AUDIT_COLUMNS}>
        {afters.map((after, index) => (
          <AuditPage
            key={after}
            after={after}
            filters={filters}
            last={index === afters.length - 1}
            onMore={(next) => setAfters((current) => [...current, next])}
          />
        ))}
      </Table>
    </div>
  );
}
