import type { ProjectRole, ProjectRow } from '@ticketing/db/schema';
import type { Project } from './schemas.ts';

export function toProject(row: ProjectRow, myRole: ProjectRole | null): Project {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    description: row.description,
    leadId: row.leadId,
    archived: row.archived,
    myRole,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
