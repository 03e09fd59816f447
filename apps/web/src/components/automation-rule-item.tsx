import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTRPC } from '@ticketing/client/react';
import { useState } from 'react';
import { actionTypeNames, type Names, triggerSummary, type Workflow } from '../lib/automation-rule.ts';
import { RUNS_SHOWN, RunLog } from './automation-runs.tsx';
import { Button } from './ui/button.tsx';
import { ConfirmButton } from './ui/confirm-button.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';
import { Timestamp } from './ui/timestamp.tsx';

/** Failed runs in a row after which the server turns a rule off (core/workflows/count-failure.ts). */
const MAX_FAILURES = 10;

/** The last error of a rule that is failing: read from its run log only then (the log's own request). */
function LastError({ ruleId }: { ruleId: string }) {
  const trpc = useTRPC();
  const runs = useQuery(trpc.workflows.runs.queryOptions({ id: ruleId, limit: RUNS_SHOWN }));
  const last = runs.data?.find((run) => run.outcome === 'failed');
  if (!last) return null;
  return (
    <>
      ; last <Timestamp date={last.createdAt} />
      {last.error && `: ${last.error}`}
    </>
  );
}

/** Failures in a row, as the rule carries them; a rule they turned off says so. */
function Failures({ rule }: { rule: Workflow }) {
  if (rule.failures === 0) return <span>None</span>;
  return (
    <span className="text-red-800">
      {rule.failures} in a row
      {!rule.enabled && rule.failures >= MAX_FAILURES && ', so it was turned off'}
      <LastError ruleId={rule.id} />
    </span>
  );
}

export function RuleItem({ projectKey, rule, names }: { projectKey: string; rule: Workflow; names: Names }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [showRuns, setShowRuns] = useState(false);
  // The switch shows what was asked for until the server has answered (and the list is read again).
  const [wanted, setWanted] = useState<boolean | null>(null);
  const onSuccess = () => queryClient.invalidateQueries(trpc.workflows.pathFilter());
  const enable = useMutation(trpc.workflows.enable.mutationOptions({ onSuccess }));
  const disable = useMutation(trpc.workflows.disable.mutationOptions({ onSuccess }));
  const remove = useMutation(trpc.workflows.delete.mutationOptions({ onSuccess }));
  const switching = enable.isPending || disable.isPending;
  const runsId = `runs-${rule.id}`;
  const error = enable.error ?? disable.error ?? remove.error;
  return (
    <li className="flex flex-col gap-2 rounded border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-semibold">{rule.name}</h3>
        <span
          className={`rounded px-1.5 text-xs font-medium ${rule.enabled ? 'bg-green-100 text-green-900' : 'bg-slate-200 text-slate-800'}`}
        >
          {rule.enabled ? 'On' : 'Off'}
        </span>
        <span className="flex-1" />
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={wanted ?? rule.enabled}
            disabled={switching}
            onChange={(event) => {
              setWanted(event.target.checked);
              (event.target.checked ? enable : disable).mutate({ id: rule.id }, { onSettled: () => setWanted(null) });
            }}
          />
          Enabled<span className="sr-only"> ({rule.name})</span>
        </label>
      </div>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600">Trigger</dt>
        <dd>{triggerSummary(rule.trigger)}</dd>
        {rule.trigger.type === 'schedule' && (
          <>
            <dt className="text-slate-600">Next run</dt>
            <dd>
              {rule.nextRunAt ? (
                <Timestamp date={rule.nextRunAt} />
              ) : (
                <span className="text-slate-600">{rule.enabled ? 'None' : 'None while it is off'}</span>
              )}
            </dd>
          </>
        )}
        <dt className="text-slate-600">Conditions</dt>
        <dd className="font-mono break-all">{rule.conditions || <span className="font-sans">Every ticket</span>}</dd>
        <dt className="text-slate-600">Actions</dt>
        <dd>{rule.actions.map((action) => actionTypeNames[action.type]).join(' → ')}</dd>
        <dt className="text-slate-600">Owner</dt>
        <dd>{rule.owner.name} (acts with their permissions)</dd>
        <dt className="text-slate-600">Version</dt>
        <dd>
          {rule.version}, changed <Timestamp date={rule.updatedAt} />
        </dd>
        <dt className="text-slate-600">Failures</dt>
        <dd>
          <Failures rule={rule} />
        </dd>
      </dl>
      <div className="flex flex-wrap gap-2">
        <Link
          to="/projects/$key/automation"
          params={{ key: projectKey }}
          search={{ edit: rule.id }}
          className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-50"
        >
          Edit<span className="sr-only"> {rule.name}</span>
        </Link>
        <Button aria-expanded={showRuns} aria-controls={runsId} onClick={() => setShowRuns(!showRuns)}>
          {showRuns ? 'Hide run log' : 'Run log'}
          <span className="sr-only"> of {rule.name}</span>
        </Button>
        <ConfirmButton
          variant="danger"
          aria-label={`Delete ${rule.name}`}
          title={`Delete the rule “${rule.name}”?`}
          description="It stops acting at once, and its versions and run log are deleted with it. This cannot be undone."
          confirmLabel="Delete rule"
          disabled={remove.isPending}
          onConfirm={() => remove.mutate({ id: rule.id })}
        >
          Delete
        </ConfirmButton>
      </div>
      {error && <ProblemNotice error={error} />}
      {showRuns && (
        <div id={runsId}>
          <RunLog ruleId={rule.id} ruleName={rule.name} names={names} />
        </div>
      )}
    </li>
  );
}
