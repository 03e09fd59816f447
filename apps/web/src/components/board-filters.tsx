import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@ticketing/client/react';
import { useId } from 'react';
import { inputClass } from './ui/field.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';

/** The board's project filter: one project, or every project you can see. */
export function BoardProjectSelect(props: {
  value: string | undefined;
  onChange(projectKey: string | undefined): void;
}) {
  const trpc = useTRPC();
  const projects = useQuery(trpc.projects.list.queryOptions({ archived: false }));
  const id = useId();
  if (projects.error) return <ProblemNotice error={projects.error} onRetry={() => void projects.refetch()} />;
  const keys = projects.data?.map((project) => project.key) ?? [];
  // A key in the URL that is not in the list (several keys, an archived project) is kept, not lost.
  const value = props.value ?? '';
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        Project
      </label>
      <select
        id={id}
        className={`${inputClass} focus-visible:outline-2 focus-visible:outline-indigo-600`}
        value={value}
        disabled={projects.isPending}
        onChange={(event) => props.onChange(event.target.value || undefined)}
      >
        <option value="">All projects</option>
        {value && !keys.includes(value) && <option value={value}>{value}</option>}
        {projects.data?.map((project) => (
          <option key={project.key} value={project.key}>
            {project.key} — {project.name}
          </option>
        ))}
      </select>
    </div>
  );
}
