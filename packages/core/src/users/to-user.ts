import type { UserRow } from '@ticketing/db/schema';
import type { User } from './schemas.ts';

/** Picks the public fields, so a new secret column can never leak by default. */
export function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    departmentId: row.departmentId,
    active: row.active,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
