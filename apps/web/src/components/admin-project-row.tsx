import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTRPC } from '@ticketing/client/react';
import type { Project } from '@ticketing/client/types';
import { useState } from 'react';
import { ProjectMembers } from './admin-project-members.tsx';
import { projectRoleLabels } from './admin-roles.ts';
import { cell } from './admin-table.tsx';
import { ProjectEditButton } from './project-edit.tsx';
import { ProjectImportButton } from './project-import.tsx';
import { Button } from './ui/button.tsx';
import { ConfirmButton } from './ui/confirm-button.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';

const COLUMNS = 5;

export function ProjectRows({ project }: { project: Project }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [showMembers, setShowMembers] = useState(false);
  // Archiving changes what ticket screens allow too, so every project query is refreshed.
  const onSuccess = () => queryClient.invalidateQueries(trpc.projects.pathFilter());
  const archive = useMutation(trpc.projects.archive.mutationOptions({ onSuccess }));
  const unarchive = useMutation(trpc.projects.unarchive.mutationOptions({ onSuccess }));
  const error = archive.error ?? unarchive.error;
  const membersId = `members-${project.key}`;
  // The server decides; this only spares people buttons it would refuse.
  const canManage = project.myPermissions.includes('project:manage');

  return (
    <tbody className="border-b border-slate-200">
      <tr>
        <td className={`${cell} font-mono`}>{project.key}</td>
        <td className={cell}>{project.name}</td>
        <td className={cell}>{project.archived ? 'Archived' : 'Active'}</td>
        <td className={cell}>{project.myRole ? projectRoleLabels[project.myRole] : 'Not a member'}</td>
        <td className={cell}>
          <div className="flex flex-wrap items-center gap-2">
            <Link
              to="/tickets"
              search={{ projectKeys: project.key }}
              className="rounded px-2 py-1 text-sm text-indigo-800 underline"
            >
              Tickets<span className="sr-only"> of {project.key}</span>
            </Link>
            <Link
              to="/board"
              search={{ projectKeys: project.key }}
              className="rounded px-2 py-1 text-sm text-indigo-800 underline"
            >
              Board<span className="sr-only"> of {project.key}</span>
            </Link>
            {canManage && (
              <>
                <Button
                  aria-expanded={showMembers}
                  aria-controls={membersId}
                  onClick={() => setShowMembers(!showMembers)}
                >
                  {showMembers ? 'Hide members' : 'Members'}
                  <span className="sr-only"> of {project.key}</span>
                </Button>
                <ProjectEditButton project={project} />
                <ProjectImportButton projectKey={project.key} />
                <Link
                  to="/projects/$key/webhooks"
                  params={{ key: project.key }}
                  className="rounded px-2 py-1 text-sm text-indigo-800 underline"
                >
                  Webhooks<span className="sr-only"> of {project.key}</span>
                </Link>
                <Link
                  to="/projects/$key/automation"
                  params={{ key: project.key }}
                  className="rounded px-2 py-1 text-sm text-indigo-800 underline"
                >
                  Automation<span className="sr-only"> of {project.key}</span>
                </Link>
                {project.archived ? (
                  <Button
                    aria-label={`Unarchive ${project.key}`}
                    disabled={unarchive.isPending}
                    onClick={() => unarchive.mutate({ key: project.key })}
                  >
                    Unarchive
                  </Button>
                ) : (
                  <ConfirmButton
                    aria-label={`Archive ${project.key}`}
                    title={`Archive ${project.key}?`}
                    description="Its tickets stay readable, but it takes no new tickets or edits until it is unarchived."
                    confirmLabel="Archive"
                    disabled={archive.isPending}
                    onConfirm={() => archive.mutate({ key: project.key })}
                  >
                    Archive
                  </ConfirmButton>
                )}
              </>
            )}
          </div>
          {error && <ProblemNotice error={error} />}
        </td>
      </tr>
      {canManage && showMembers && (
        <tr id={membersId}>
          <td colSpan={COLUMNS} className="bg-slate-50 p-3">
            <ProjectMembers projectKey={project.key} />
          </td>
        </tr>
      )}
    </tbody>
  );
}
