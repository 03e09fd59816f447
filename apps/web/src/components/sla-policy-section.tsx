import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@ticketing/client/react';
import type { Project } from '@ticketing/client/types';
import { useState } from 'react';
import { SlaPolicyForm } from './sla-policy-form.tsx';
import { Field, inputClass } from './ui/field.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';
import { Loading } from './ui/states.tsx';
import { Timestamp } from './ui/timestamp.tsx';

/** One project's policy, loaded; the form starts from it. */
function ProjectSlaPolicy({ project }: { project: Project }) {
  const trpc = useTRPC();
  const sla = useQuery(trpc.projects.sla.get.queryOptions({ projectKey: project.key }));
  if (sla.isPending) return <Loading what={`the SLA of ${project.key}`} />;
  if (sla.isError) return <ProblemNotice error={sla.error} onRetry={() => void sla.refetch()} />;
  return (
    <>
      <p className="text-sm text-slate-700">
        {sla.data.policy ? (
          <>
            Last changed <Timestamp date={sla.data.updatedAt} />.
          </>
        ) : (
          'No SLA yet: its tickets have no targets.'
        )}
      </p>
      <SlaPolicyForm project={project} policy={sla.data.policy} />
    </>
  );
}

/**
 * The SLA policy of a project you see: targets by priority and business hours. Everyone reads it;
 * those who manage the project change it.
 */
export function SlaPolicySection() {
  const trpc = useTRPC();
  const projects = useQuery(trpc.projects.list.queryOptions({}));
  const [picked, setPicked] = useState<string | null>(null);
  const list = projects.data ?? [];
  const project = list.find((candidate) => candidate.key === picked) ?? list[0];
  // The project list above shows loading, errors and the empty state.
  if (!project) return null;
  return (
    <section aria-labelledby="sla-title" className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-4">
      <div>
        <h2 id="sla-title" className="font-semibold">
          Service levels (SLA)
        </h2>
        <p className="text-sm text-slate-700">
          Time to the first response and to resolution, by priority. The clocks stand still while a ticket is blocked.
        </p>
      </div>
      <Field label="Project">
        {(control) => (
          <select
            {...control}
            className={`${inputClass} max-w-xs`}
            value={project.key}
            onChange={(event) => setPicked(event.target.value)}
          >
            {list.map((candidate) => (
              <option key={candidate.key} value={candidate.key}>
                {candidate.key} · {candidate.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ProjectSlaPolicy key={project.key} project={project} />
    </section>
  );
}
