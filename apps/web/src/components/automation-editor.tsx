import { useMutation, useQueryClient } from '@tanstack/react-query';
import { problemOf } from '@ticketing/client/errors';
import { useTRPC, useTRPCClient } from '@ticketing/client/react';
import { type FormEvent, useState } from 'react';
import {
  definitionChanged,
  definitionOf,
  errorsUnder,
  followActions,
  newRuleDraft,
  otherErrors,
  type RuleDraft,
  ruleDraftOf,
  type Workflow,
} from '../lib/automation-rule.ts';
import { knownTimeZoneOrUtc } from '../lib/browser-time-zone.ts';
import { ActionsField } from './automation-actions-field.tsx';
import { ConditionsField } from './automation-conditions-field.tsx';
import { DryRunResults } from './automation-dry-run.tsx';
import { useRuleLookups } from './automation-lookups.ts';
import { TriggerField } from './automation-trigger-field.tsx';
import { Button } from './ui/button.tsx';
import { Field, inputClass } from './ui/field.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';

/** A failed save or dry run, with what the form held then (so its words stay with what they were about). */
interface Problem {
  error: unknown;
  source: 'save' | 'dryRun';
  conditions: string;
  actionKeys: string[];
}

/** How many of the latest matching events a dry run tries. */
const DRY_RUN_EVENTS = 20;

function ConflictNotice(props: { edited: number; current: number; onReload(): void; onOverwrite(): void }) {
  return (
    <div
      role="alert"
      className="flex flex-col gap-2 rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950"
    >
      <p className="font-semibold">Someone else changed this rule while you were editing it.</p>
      <p>
        You edited version {props.edited}; it is now at version {props.current}. Nothing of yours was saved. Load their
        version (your changes here are dropped), or save yours over it as version {props.current + 1}.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button onClick={props.onReload}>Discard mine, load theirs</Button>
        <Button variant="primary" onClick={props.onOverwrite}>
          Save mine over theirs
        </Button>
      </div>
    </div>
  );
}

/**
 * A rule's editor: new (no `rule`) or the next version of one. Saving sends the version edited, so a
 * rule changed meanwhile is a conflict the editor explains; the server's validation errors show next
 * to the fields they name. The dry run tries the definition as it stands, saved or not.
 */
export function RuleEditor(props: { projectKey: string; rule?: Workflow; onDone(): void; onReload(): void }) {
  const { projectKey, rule } = props;
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const lookups = useRuleLookups(projectKey);
  const [draft, setDraft] = useState<RuleDraft>(() => (rule ? ruleDraftOf(rule) : newRuleDraft()));
  const [version, setVersion] = useState(rule?.version ?? 1);
  const [problem, setProblem] = useState<Problem | null>(null);
  const set = (patch: Partial<RuleDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const failed = (source: Problem['source'], of: RuleDraft) => (error: unknown) =>
    setProblem({ error, source, conditions: of.conditions, actionKeys: of.actions.map((item) => item.key) });

  const save = useMutation({
    mutationFn: async ({ of, editing }: { of: RuleDraft; editing: number }): Promise<Workflow> => {
      const definition = definitionOf(of);
      if (!rule) {
        return client.workflows.create.mutate({ name: of.name, projectKey, enabled: of.enabled, ...definition });
      }
      let saved = rule;
      if (editing !== rule.version || definitionChanged(of, rule)) {
        saved = await client.workflows.update.mutate({ id: rule.id, version: editing, name: of.name, ...definition });
        // Should turning it on or off fail now, the next save edits the version just made.
        setVersion(saved.version);
      }
      if (of.enabled !== saved.enabled) {
        saved = await (of.enabled ? client.workflows.enable : client.workflows.disable).mutate({ id: rule.id });
      }
      return saved;
    },
    onSettled: () => queryClient.invalidateQueries(trpc.workflows.pathFilter()),
  });
  const dryRun = useMutation(trpc.workflows.dryRun.mutationOptions());

  const submit = (editing: number) => {
    setProblem(null);
    const of = draft;
    save.mutate({ of, editing }, { onSuccess: props.onDone, onError: failed('save', of) });
  };
  const tryIt = () => {
    setProblem(null);
    const of = draft;
    dryRun.mutate(
      { name: of.name.trim() || 'Unsaved rule', projectKey, events: DRY_RUN_EVENTS, ...definitionOf(of) },
      { onError: failed('dryRun', of) },
    );
  };

  const info = problem ? problemOf(problem.error) : null;
  const fields =
    problem && info?.code === 'E_VALIDATION'
      ? followActions(
          info.fields,
          problem.actionKeys,
          draft.actions.map((item) => item.key),
        )
      : {};
  const others = otherErrors(fields);
  const currentVersion = info?.code === 'E_CONFLICT' ? info.details.currentVersion : undefined;

  return (
    <section aria-labelledby="rule-editor-title" className="flex flex-col gap-4">
      <h2 id="rule-editor-title" className="text-base font-semibold">
        {rule ? `Edit “${rule.name}” (version ${rule.version})` : 'New rule'}
      </h2>
      <form
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          submit(version);
        }}
        // The server's checks are the ones shown, next to their fields, rather than the browser's.
        noValidate
        className="flex max-w-3xl flex-col gap-4"
      >
        <Field label="Name" errors={errorsUnder(fields, 'name')}>
          {(control) => (
            <input
              {...control}
              className={inputClass}
              maxLength={100}
              value={draft.name}
              onChange={(event) => set({ name: event.target.value })}
            />
          )}
        </Field>
        <TriggerField value={draft.trigger} onChange={(trigger) => set({ trigger })} errors={fields} />
        <ConditionsField
          projectKey={projectKey}
          // A scheduled rule reckons today and overdue in its schedule's zone; a rule on events in UTC.
          timeZone={draft.trigger.type === 'schedule' ? knownTimeZoneOrUtc(draft.trigger.timeZone.trim()) : 'UTC'}
          value={draft.conditions}
          onChange={(conditions) => set({ conditions })}
          errors={problem?.conditions === draft.conditions ? errorsUnder(fields, 'conditions') : undefined}
        />
        <ActionsField
          value={draft.actions}
          onChange={(actions) => set({ actions })}
          errors={fields}
          lookups={lookups}
        />
        {lookups.error && <ProblemNotice error={lookups.error} />}
        <div className="flex flex-col gap-1 text-sm">
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={draft.allowRuleTrigger}
              onChange={(event) => set({ allowRuleTrigger: event.target.checked })}
            />
            Also run on changes other rules made (off by default; a chain of rules stops at depth 10)
          </label>
          {errorsUnder(fields, 'allowRuleTrigger') && (
            <p className="text-red-800">{errorsUnder(fields, 'allowRuleTrigger')?.join(' ')}</p>
          )}
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={draft.enabled}
              onChange={(event) => set({ enabled: event.target.checked })}
            />
            Enabled (runs on what happens from now on)
          </label>
        </div>
        {typeof currentVersion === 'number' ? (
          <ConflictNotice
            edited={version}
            current={currentVersion}
            onReload={props.onReload}
            onOverwrite={() => {
              setVersion(currentVersion);
              submit(currentVersion);
            }}
          />
        ) : info?.code === 'E_VALIDATION' && Object.keys(fields).length > 0 ? (
          <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
            <p>
              {problem?.source === 'save' ? 'The rule was not saved' : 'The dry run did not start'}: see what is marked
              above.
            </p>
            {Object.keys(others).length > 0 && (
              <ul className="mt-1 list-disc pl-5">
                {Object.entries(others).map(([field, messages]) => (
                  <li key={field}>
                    {field}: {messages.join(' ')}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ) : (
          problem && <ProblemNotice error={problem.error} />
        )}
        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant="primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : rule ? 'Save rule' : 'Create rule'}
          </Button>
          <Button onClick={tryIt} disabled={dryRun.isPending}>
            {dryRun.isPending ? 'Trying…' : 'Dry run'}
          </Button>
          <Button variant="ghost" onClick={props.onDone}>
            Cancel
          </Button>
        </div>
      </form>
      <section aria-labelledby="dry-run-title" aria-live="polite" className="flex max-w-5xl flex-col gap-2">
        <h3 id="dry-run-title" className="text-sm font-semibold">
          Dry run
        </h3>
        {dryRun.data && !dryRun.isPending ? (
          <DryRunResults
            results={dryRun.data}
            names={lookups.names}
            scheduled={dryRun.variables?.trigger.type === 'schedule'}
          />
        ) : (
          <p className="text-sm text-slate-600">
            {dryRun.isPending
              ? 'Trying the rule…'
              : draft.trigger.type === 'schedule'
                ? `Try the rule as written on up to ${DRY_RUN_EVENTS} tickets its schedule would touch now: what it would do, ticket by ticket. Nothing is changed.`
                : `Try the rule as written on the project’s latest ${DRY_RUN_EVENTS} events it fits: what it would do, ticket by ticket. Nothing is changed.`}
          </p>
        )}
      </section>
    </section>
  );
}
