import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@ticketing/client/react';
import { currentValues, type TicketConflict } from './conflict-details.ts';
import { ConflictDialog } from './conflict-dialog.tsx';

/**
 * The conflict dialog for one ticket: refetches it to show what the changed fields hold now.
 * Mount it only while there is a conflict, so each conflict refetches.
 */
export function TicketConflictDialog(props: { conflict: TicketConflict; onReload(): void; onCancel(): void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const key = props.conflict.ticketKey;
  const ticket = useQuery({ ...trpc.tickets.get.queryOptions({ key }), staleTime: 0, refetchOnMount: 'always' });
  const departments = useQuery(trpc.departments.list.queryOptions());
  const { currentVersion } = props.conflict;
  // Cached data older than the conflicting version is not "now": wait for the refetch.
  const fresh = ticket.data && (currentVersion === null || ticket.data.version >= currentVersion);
  const departmentName = (id: string) => departments.data?.find((department) => department.id === id)?.name ?? id;
  const current = fresh && ticket.data ? currentValues(ticket.data, departmentName) : ticket.isError ? {} : null;

  const reload = () => {
    void queryClient.invalidateQueries(trpc.tickets.get.queryFilter({ key }));
    void queryClient.invalidateQueries(trpc.tickets.history.queryFilter({ key }));
    void queryClient.invalidateQueries(trpc.tickets.list.pathFilter());
    props.onReload();
  };

  return (
    <ConflictDialog
      open
      ticketKey={key}
      changedFields={props.conflict.changedFields}
      current={current}
      onReload={reload}
      onCancel={props.onCancel}
    />
  );
}
