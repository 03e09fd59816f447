import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useTRPC } from '@ticketing/client/react';
import { useState } from 'react';
import { RuleEditor } from '../components/automation-editor.tsx';
import { useRuleLookups } from '../components/automation-lookups.ts';
import { RuleItem } from '../components/automation-rule-item.tsx';
import { ProblemNotice } from '../components/ui/problem-notice.tsx';
import { Empty, Loading } from '../components/ui/states.tsx';

const FROM = '/app/projects/$key/automation';

/** A saved rule in the editor, read afresh: the version it shows is the one a save will send. */
function EditSavedRule({ projectKey, id, onDone }: { projectKey: string; id: string; onDone(): void }) {
  const trpc = useTRPC();
  const rule = useQuery({ ...trpc.workflows.get.queryOptions({ id }), staleTime: 0 });
  // A new form (from the rule as it is now) each time the reader asks to load the current version.
  const [loads, setLoads] = useState(0);
  if (rule.isPending) return <Loading what="the rule" />;
  if (rule.isError) return <ProblemNotice error={rule.error} onRetry={() => rule.refetch()} />;
  return (
    <RuleEditor
      key={`${rule.data.id}-${loads}`}
      projectKey={projectKey}
      rule={rule.data}
      onDone={onDone}
      onReload={async () => {
        await rule.refetch();
        setLoads((count) => count + 1);
      }}
    />
  );
}

function RuleList({ projectKey }: { projectKey: string }) {
  const trpc = useTRPC();
  const rules = useQuery(trpc.workflows.list.queryOptions({ projectKey }));
  const { names } = useRuleLookups(projectKey);
  return (
    <section aria-labelledby="rules-title" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="rules-title" className="font-semibold">
          Rules
        </h2>
        <span className="flex-1" />
        <Link
          to="/projects/$key/automation"
          params={{ key: projectKey }}
          search={{ edit: 'new' }}
          className="rounded bg-indigo-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-800"
        >
          New rule
        </Link>
      </div>
      {rules.isPending ? (
        <Loading what="rules" />
      ) : rules.isError ? (
        <ProblemNotice error={rules.error} onRetry={() => rules.refetch()} />
      ) : rules.data.length === 0 ? (
        <Empty>No rules yet. A rule acts on the project’s tickets when something happens, or on a schedule.</Empty>
      ) : (
        <ul className="flex flex-col gap-3">
          {rules.data.map((rule) => (
            <RuleItem key={rule.id} projectKey={projectKey} rule={rule} names={names} />
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * A project's automation rules: the list (each with its switch, failures and run log) or, with
 * `?edit=new` or `?edit=<id>`, the editor. Only those who run the project (its lead, managers in it,
 * admins) manage rules; anyone else is told so rather than shown controls the API would refuse.
 */
export function AutomationPage() {
  const trpc = useTRPC();
  const { key } = useParams({ from: FROM });
  const { edit } = useSearch({ from: FROM });
  const navigate = useNavigate();
  const project = useQuery(trpc.projects.get.queryOptions({ key }));
  const backToList = () => void navigate({ to: '/projects/$key/automation', params: { key }, search: {} });
  const canManage = project.data?.myPermissions.includes('project:manage') ?? false;

  return (
    <div className="flex max-w-6xl flex-col gap-4">
      <div>
        <h1 className="text-lg font-semibold">Automation of {key}</h1>
        <p className="text-sm text-slate-700">
          Rules act on the project’s tickets after a change, or on a schedule: as their owner, recorded in each ticket’s
          history, never in a loop. Try one with a dry run before turning it on.
        </p>
      </div>
      {project.isPending ? (
        <Loading what="the project" />
      ) : project.isError ? (
        <ProblemNotice error={project.error} onRetry={() => project.refetch()} />
      ) : !canManage ? (
        <Empty>Only the project’s lead, managers in it and admins see and change its automation rules.</Empty>
      ) : edit === 'new' ? (
        <RuleEditor projectKey={project.data.key} onDone={backToList} onReload={backToList} />
      ) : edit ? (
        <EditSavedRule projectKey={project.data.key} id={edit} onDone={backToList} />
      ) : (
        <RuleList projectKey={project.data.key} />
      )}
      {edit && canManage && (
        <p>
          <Link
            to="/projects/$key/automation"
            params={{ key }}
            search={{}}
            className="text-sm text-indigo-800 underline"
          >
            Back to the rules of {key}
          </Link>
        </p>
      )}
    </div>
  );
}
