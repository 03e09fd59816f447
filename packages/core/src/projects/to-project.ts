import type { ProjectRole, ProjectRow } from '@ticketing/db/schema';
import type { Actor } from '../actor.ts';
import { projectPermissions, projectPermissionsOf } from '../permissions.ts';
import type { Project } from './schemas.ts';

export function toProject(row: ProjectRow, myRole: ProjectRole | null, actor: Pick<Actor, 'role'>): Project {
  const mine = projectPermissionsOf(actor, myRole);
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    description: row.description,
    leadId: row.leadId,
    archived: row.archived,
    myRole,
    // In the table's order, so the answer is stable.
    myPermissions: projectPermissions.filter((permission) => mine.has(permission)),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
