import { useMutation, useQueryClient } from '@tanstack/react-query';
import { problemOf } from '@ticketing/client/errors';
import { useTRPC } from '@ticketing/client/react';
import type { Project } from '@ticketing/client/types';
import { type FormEvent, useState } from 'react';
import { browserTimeZone } from '../lib/browser-time-zone.ts';
import {
  draftOf,
  hasTargets,
  type PolicyFieldErrors,
  policyFieldErrors,
  policyOf,
  type SlaPolicyInput,
} from '../lib/sla-policy-draft.ts';
import { SlaBusinessHoursField } from './sla-business-hours-field.tsx';
import { SlaTargetsField } from './sla-targets-field.tsx';
import { Button } from './ui/button.tsx';
import { ConfirmButton } from './ui/confirm-button.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';

const browserZone = browserTimeZone();

/**
 * A project's SLA policy as a form: editable by those who manage the project, read only for everyone
 * else (and in an archived project). The server's field errors show next to their fields.
 */
export function SlaPolicyForm({ project, policy }: { project: Project; policy: SlaPolicyInput | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // The server decides; this only spares readers a form it would refuse.
  const canManage = !project.archived && project.myPermissions.includes('project:manage');
  const [draft, setDraft] = useState(() => draftOf(policy, browserZone));
  const [errors, setErrors] = useState<PolicyFieldErrors>({});
  const [saved, setSaved] = useState<string | null>(null);
  const put = useMutation(
    trpc.projects.sla.put.mutationOptions({
      onSuccess: async (result) => {
        setDraft(draftOf(result.policy, browserZone));
        setSaved(result.policy ? 'Saved.' : 'SLA removed: the project’s tickets have no targets now.');
        await Promise.all([
          queryClient.invalidateQueries(trpc.projects.sla.get.queryFilter({ projectKey: project.key })),
          // Saving recomputes the clocks of the project's open tickets.
          queryClient.invalidateQueries(trpc.tickets.pathFilter()),
        ]);
      },
    }),
  );
  const save = (next: SlaPolicyInput) => {
    setSaved(null);
    setErrors({});
    // Read against the draft as sent: a holiday's error names the date by its position.
    const sent = draft;
    put.mutate(
      { projectKey: project.key, policy: next },
      { onError: (error) => setErrors(policyFieldErrors(problemOf(error).fields, sent)) },
    );
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = policyOf(draft);
    if ('policy' in result) return save(result.policy);
    put.reset();
    setSaved(null);
    setErrors(result.errors);
  };
  const removes = (() => {
    const result = policyOf(draft);
    return 'policy' in result && !hasTargets(result.policy);
  })();

  return (
    <form onSubmit={submit} aria-label={`SLA policy of ${project.key}`} className="flex flex-col gap-4">
      {!canManage && (
        <p className="text-sm text-slate-700">
          {project.archived
            ? 'The project is archived: its SLA policy is read only.'
            : 'Read only: project leads, managers and admins change the SLA policy.'}
        </p>
      )}
      <fieldset disabled={!canManage} className="flex flex-col gap-4">
        <SlaTargetsField
          targets={draft.targets}
          errors={errors}
          onChange={(targets) => setDraft({ ...draft, targets })}
        />
        <SlaBusinessHoursField
          hours={draft.businessHours}
          errors={errors}
          onChange={(businessHours) => setDraft({ ...draft, businessHours })}
        />
      </fieldset>
      {put.error && <ProblemNotice error={put.error} />}
      {canManage && (
        <div className="flex flex-wrap items-center gap-2">
          <Button type="submit" variant="primary" disabled={put.isPending}>
            {put.isPending
              ? 'Saving…'
              : removes && policy
                ? 'Save without targets (removes the SLA)'
                : 'Save SLA policy'}
          </Button>
          {policy && (
            <ConfirmButton
              title={`Remove the SLA of ${project.key}?`}
              description="Its tickets lose their SLA targets; the clocks of open tickets stop."
              confirmLabel="Remove SLA"
              disabled={put.isPending}
              onConfirm={() => save({ targets: {} })}
            >
              Remove SLA
            </ConfirmButton>
          )}
          {saved && (
            <p role="status" className="text-sm text-emerald-800">
              {saved}
            </p>
          )}
        </div>
      )}
    </form>
  );
}
