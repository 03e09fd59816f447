import type { ProjectRow } from '@ticketing/db/schema';
import { DomainError } from '../errors.ts';

/** Archived projects stay readable but take no new tickets, edits or comments. */
export function assertNotArchived(project: Pick<ProjectRow, 'key' | 'archived'>): void {
  if (project.archived) {
    throw new DomainError('E_CONFLICT', `Project ${project.key} is archived; unarchive it to make changes`, {
      projectKey: project.key,
    });
  }
}
