import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { problemOf } from '@ticketing/client/errors';
import { useTRPC } from '@ticketing/client/react';
import { type FormEvent, useState } from 'react';
import { cell, Table } from './admin-table.tsx';
import { Button } from './ui/button.tsx';
import { Field, inputClass } from './ui/field.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';
import { Empty, Loading } from './ui/states.tsx';
import { Timestamp } from './ui/timestamp.tsx';

function CreateDepartmentForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const create = useMutation(
    trpc.departments.create.mutationOptions({
      onSuccess: async () => {
        setName('');
        await queryClient.invalidateQueries(trpc.departments.list.pathFilter());
      },
    }),
  );
  const fields = create.error ? problemOf(create.error).fields : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name });
  };
  return (
    <form onSubmit={submit} className="flex max-w-md flex-col gap-2">
      <h3 className="text-sm font-semibold">New department</h3>
      <Field label="Department name" errors={fields.name}>
        {(control) => (
          <input {...control} className={inputClass} value={name} onChange={(event) => setName(event.target.value)} />
        )}
      </Field>
      {create.error && <ProblemNotice error={create.error} />}
      <div>
        <Button type="submit" variant="primary" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create department'}
        </Button>
      </div>
    </form>
  );
}

export function DepartmentsTab() {
  const trpc = useTRPC();
  const departments = useQuery(trpc.departments.list.queryOptions());
  return (
    <div className="flex flex-col gap-4">
      {departments.isPending ? (
        <Loading what="departments" />
      ) : departments.isError ? (
        <ProblemNotice error={departments.error} onRetry={() => departments.refetch()} />
      ) : departments.data.length === 0 ? (
        <Empty>No departments yet.</Empty>
      ) : (
        <Table caption="Departments" columns={['Name', 'Created']}>
          <tbody className="divide-y divide-slate-100">
            {departments.data.map((department) => (
              <tr key={department.id}>
                <td className={cell}>{department.name}</td>
                <td className={cell}>
                  <Timestamp date={department.createdAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <CreateDepartmentForm />
    </div>
  );
}
