import { useMutation, useQueries, useQueryClient } from '@tanstack/react-query';
import { problemOf } from '@ticketing/client/errors';
import { useTRPC } from '@ticketing/client/react';
import type { RouterInputs, TicketPriority, TicketStatus } from '@ticketing/client/types';
import { useState } from 'react';
import { resultOf } from '../lib/ticket-list-set-edit.ts';
import {
  isPriority,
  isStatus,
  priorities,
  priorityNames,
  statusNames,
  type TicketListItem,
} from '../lib/ticket-list-vocabulary.ts';
import { TicketListSetEditor } from './ticket-list-set-editor.tsx';
import { Button } from './ui/button.tsx';
import { inputClass } from './ui/field.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';

type Changes = RouterInputs['tickets']['bulkUpdate']['changes'];
const MAX_BULK = 100;

/** E_BULK_REJECTED's `details.failures`, read defensively: the details are typed as unknown. */
function failuresOf(details: Record<string, unknown>): { key: string; message: string }[] {
  const failures = details.failures;
  if (!Array.isArray(failures)) return [];
  return failures.flatMap((failure: unknown) =>
    typeof failure === 'object' &&
    failure !== null &&
    'key' in failure &&
    'message' in failure &&
    typeof failure.key === 'string' &&
    typeof failure.message === 'string'
      ? [{ key: failure.key, message: failure.message }]
      : [],
  );
}

function BulkError({ error }: { error: unknown }) {
  const problem = problemOf(error);
  const failures = problem.code === 'E_BULK_REJECTED' ? failuresOf(problem.details) : [];
  if (failures.length === 0) return <ProblemNotice error={error} />;
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
      <p>{problem.message}</p>
      <ul className="mt-1 list-disc pl-5">
        {failures.map((failure) => (
          <li key={failure.key}>
            <span className="font-mono">{failure.key}</span>: {failure.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The statuses every selected ticket may move to, so the bar offers only moves that can succeed. */
function commonMoves(tickets: readonly TicketListItem[]): TicketStatus[] {
  const [first, ...rest] = tickets;
  if (!first) return [];
  return first.allowedTransitions.filter((status) => rest.every((t) => t.allowedTransitions.includes(status)));
}

/** Changes status, priority, assignees and labels of the selected tickets in one all-or-nothing call. */
export function TicketListBulkBar(props: { tickets: readonly TicketListItem[]; onClear(): void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<TicketStatus | ''>('');
  const [priority, setPriority] = useState<TicketPriority | ''>('');
  const [assigneeEdits, setAssigneeEdits] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [labelEdits, setLabelEdits] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [done, setDone] = useState('');

  // Assignees must be members of each ticket's project: offer the members of the projects involved.
  const projectKeys = [...new Set(props.tickets.map((ticket) => ticket.projectKey))];
  const members = useQueries({
    queries: projectKeys.map((key) => trpc.projects.members.list.queryOptions({ key })),
  });
  const people = new Map<string, string>();
  for (const ticket of props.tickets) for (const person of ticket.assignees) people.set(person.id, person.name);
  for (const query of members) for (const member of query.data ?? []) people.set(member.userId, member.name);
  const assigneeOptions = [...people]
    .map(([value, name]) => ({ value, name }))
    .sort((a, b) => a.name.localeCompare(b.name));

  const assigneeSets = props.tickets.map((ticket) => ticket.assignees.map((person) => person.id));
  const labelSets = props.tickets.map((ticket) => ticket.labels);
  const assignees = resultOf(assigneeSets, assigneeEdits);
  const labels = resultOf(labelSets, labelEdits);
  const moves = commonMoves(props.tickets);

  const bulk = useMutation(
    trpc.tickets.bulkUpdate.mutationOptions({
      onSuccess: async (result) => {
        setStatus('');
        setPriority('');
        setAssigneeEdits(new Map());
        setLabelEdits(new Map());
        setDone(`Updated ${result.tickets.length} ${result.tickets.length === 1 ? 'ticket' : 'tickets'}.`);
        await Promise.all([
          queryClient.invalidateQueries(trpc.tickets.list.pathFilter()),
          queryClient.invalidateQueries(trpc.tickets.get.pathFilter()),
        ]);
      },
    }),
  );

  const changes: Changes = {
    ...(status ? { status } : {}),
    ...(priority ? { priority } : {}),
    ...(assignees.kind === 'set' ? { assigneeIds: assignees.values } : {}),
    ...(labels.kind === 'set' ? { labels: labels.values } : {}),
  };
  const undecided = [
    ...(assignees.kind === 'undecided' ? assignees.values.map((id) => people.get(id) ?? id) : []),
    ...(labels.kind === 'undecided' ? labels.values : []),
  ];
  const tooMany = props.tickets.length > MAX_BULK;
  const canApply = Object.keys(changes).length > 0 && undecided.length === 0 && !tooMany && !bulk.isPending;
  const apply = () => {
    setDone('');
    bulk.mutate({ tickets: props.tickets.map(({ key, version }) => ({ key, version })), changes });
  };

  return (
    <section aria-label="Bulk edit" className="flex flex-col gap-2 rounded border border-indigo-200 bg-indigo-50 p-3">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium">{props.tickets.length} selected</span>
        <select
          aria-label="New status"
          className={inputClass}
          value={status}
          disabled={moves.length === 0}
          onChange={(event) => setStatus(isStatus(event.target.value) ? event.target.value : '')}
        >
          <option value="">{moves.length === 0 ? 'Status: no common move' : 'Status: keep'}</option>
          {moves.map((value) => (
            <option key={value} value={value}>
              Status → {statusNames[value]}
            </option>
          ))}
        </select>
        <select
          aria-label="New priority"
          className={inputClass}
          value={priority}
          onChange={(event) => setPriority(isPriority(event.target.value) ? event.target.value : '')}
        >
          <option value="">Priority: keep</option>
          {priorities.map((value) => (
            <option key={value} value={value}>
              Priority → {priorityNames[value]}
            </option>
          ))}
        </select>
        <TicketListSetEditor
          label="Assignees"
          options={assigneeOptions}
          sets={assigneeSets}
          edits={assigneeEdits}
          onEdits={setAssigneeEdits}
        />
        <TicketListSetEditor
          label="Labels"
          options={[]}
          sets={labelSets}
          edits={labelEdits}
          onEdits={setLabelEdits}
          allowNew={{ label: 'New label', maxLength: 50 }}
        />
        <Button variant="primary" disabled={!canApply} onClick={apply}>
          {bulk.isPending ? 'Applying…' : 'Apply'}
        </Button>
        <Button variant="ghost" onClick={props.onClear}>
          Clear selection
        </Button>
        <p role="status" className="text-green-800">
          {done}
        </p>
      </div>
      {tooMany && <p className="text-sm text-red-800">At most {MAX_BULK} tickets can be changed at once.</p>}
      {undecided.length > 0 && (
        <p className="text-sm text-slate-800">
          Only some selected tickets have {undecided.join(', ')}: tick or untick each for all of them, since one change
          applies to every ticket.
        </p>
      )}
      {bulk.error && <BulkError error={bulk.error} />}
    </section>
  );
}
