import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@ticketing/client/react';
import { useSession } from '../session.ts';
import { CreateProjectButton } from './admin-project-create.tsx';
import { ProjectRows } from './admin-project-row.tsx';
import { Table } from './admin-table.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';
import { Empty, Loading } from './ui/states.tsx';

/** The projects you can see; what each row offers depends on what you may do there. */
export function ProjectsTab() {
  const trpc = useTRPC();
  const { user } = useSession();
  const projects = useQuery(trpc.projects.list.queryOptions({}));
  return (
    <div className="flex flex-col gap-3">
      {(user?.role === 'manager' || user?.role === 'admin') && (
        <div className="flex justify-end">
          <CreateProjectButton />
        </div>
      )}
      {projects.isPending ? (
        <Loading what="projects" />
      ) : projects.isError ? (
        <ProblemNotice error={projects.error} onRetry={() => projects.refetch()} />
      ) : projects.data.length === 0 ? (
        <Empty>No projects yet{user?.role === 'user' ? ': ask a manager to add you to one.' : '.'}</Empty>
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
