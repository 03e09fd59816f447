import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTRPC } from '@ticketing/client/react';
import { useState } from 'react';
import { describeActionResult, type Names, outcomeNames, type RunOutcome, runCause } from '../lib/automation-rule.ts';
import { cell, Table } from './admin-table.tsx';
import { Button } from './ui/button.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';
import { Empty, Loading } from './ui/states.tsx';
import { Timestamp } from './ui/timestamp.tsx';

/** Runs the run log first reads (and a failing rule's row, for its last error: the same request). */
export const RUNS_SHOWN = 50;
const MORE_RUNS = 200;

export const outcomeClass: Record<RunOutcome, string> = {
  done: 'bg-green-100 text-green-900',
  not_matched: 'bg-slate-200 text-slate-800',
  failed: 'bg-red-100 text-red-900',
  loop_aborted: 'bg-amber-100 text-amber-900',
};

/** A rule's runs, newest first: the event, whether it matched and why, each action's before and after. */
export function RunLog({ ruleId, ruleName, names }: { ruleId: string; ruleName: string; names: Names }) {
  const trpc = useTRPC();
  const [limit, setLimit] = useState(RUNS_SHOWN);
  const runs = useQuery(trpc.workflows.runs.queryOptions({ id: ruleId, limit }));
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <h4 className="text-sm font-semibold">Run log of {ruleName}</h4>
        <span className="text-sm text-slate-600">Runs happen just after the change that triggers them.</span>
        <Button onClick={() => runs.refetch()} disabled={runs.isFetching}>
          {runs.isFetching ? 'Refreshing…' : 'Refresh'}
        </Button>
      </div>
      {runs.isPending ? (
        <Loading what="runs" />
      ) : runs.isError ? (
        <ProblemNotice error={runs.error} onRetry={() => runs.refetch()} />
      ) : runs.data.length === 0 ? (
        <Empty>No runs yet.</Empty>
      ) : (
        <Table
          caption={`Runs of ${ruleName}, newest first`}
          columns={['When', 'Event', 'Version', 'Outcome', 'Why', 'Actions', 'Duration']}
        >
          <tbody className="divide-y divide-slate-100">
            {runs.data.map((run) => (
              <tr key={run.id}>
                <td className={cell}>
                  <Timestamp date={run.createdAt} />
                </td>
                <td className={cell}>
                  {run.ticketKey ? (
                    <Link
                      to="/tickets/$key"
                      params={{ key: run.ticketKey }}
                      className="font-mono text-indigo-800 underline"
                    >
                      {run.ticketKey}
                    </Link>
                  ) : (
                    <span className="text-slate-600">No ticket</span>
                  )}{' '}
                  <span className={run.eventType ? 'font-mono text-xs text-slate-700' : 'text-slate-600'}>
                    {runCause(run)}
                  </span>
                  {run.depth > 1 && <span className="block text-xs text-slate-600">chain depth {run.depth}</span>}
                </td>
                <td className={cell}>v{run.version}</td>
                <td className={cell}>
                  <span className={`rounded px-1.5 text-xs font-medium ${outcomeClass[run.outcome]}`}>
                    {outcomeNames[run.outcome]}
                  </span>
                </td>
                <td className={`${cell} max-w-xs break-words`}>
                  {run.error ? (
                    <span className="text-red-800">{run.error}</span>
                  ) : (
                    (run.reason ?? (run.outcome === 'done' ? 'Matched the conditions' : '—'))
                  )}
                </td>
                <td className={`${cell} max-w-sm`}>
                  {run.actions.length === 0 ? (
                    '—'
                  ) : (
                    <ol className="list-decimal pl-4">
                      {run.actions.map((action, index) => (
                        <li key={index}>{describeActionResult(action, names)}</li>
                      ))}
                    </ol>
                  )}
                </td>
                <td className={cell}>{run.durationMs} ms</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {runs.data && runs.data.length >= limit && limit < MORE_RUNS && (
        <div>
          <Button onClick={() => setLimit(MORE_RUNS)}>Show up to {MORE_RUNS} runs</Button>
        </div>
      )}
    </div>
  );
}
