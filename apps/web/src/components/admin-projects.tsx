import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@ticketing/client/react';
import { CreateProjectButton } from './admin-project-create.tsx';
import { ProjectRows } from './admin-project-row.tsx';
import { Table } from './admin-table.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';
import { Empty, Loading } from './ui/states.tsx';

export function ProjectsTab() {
  const trpc = useTRPC();
  const projects = useQuery(trpc.projects.list.queryOptions({}));
  return (
    <div className="flex flex-col gap-3">
      <div className="flex justify-end">
        <CreateProjectButton />
      </div>
      {projects.isPending ? (
        <Loading what="projects" />
      ) : projects.isError ? (
        <ProblemNotice error={projects.error} onRetry={() => projects.refetch()} />
      ) : projects.data.length === 0 ? (
        <Empty>No projects yet.</Empty>
      ) : (
        <Table caption="Projects" columns={['Key', 'Name', 'Status', 'Your role', 'Actions']}>
          {projects.data.map((project) => (
            <ProjectRows key={project.id} project={project} />
          ))}
        </Table>
      )}
    </div>
  );
}
