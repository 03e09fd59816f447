import type { Role } from '@ticketing/db/schema';
import type { Actor } from './actor.ts';
import { forbidden } from './errors.ts';

export type Permission =
  | 'auth:self'
  | 'users:read'
  | 'users:list'
  | 'users:create'
  | 'users:manage'
  | 'departments:read'
  | 'departments:create';

const everyone = ['auth:self', 'users:read', 'departments:read'] as const satisfies readonly Permission[];
const manager = [...everyone, 'users:list'] as const satisfies readonly Permission[];

/** The one place that says which role may do what. */
export const rolePermissions = {
  user: everyone,
  manager,
  admin: [...manager, 'users:create', 'users:manage', 'departments:create'],
} as const satisfies Record<Role, readonly Permission[]>;

export function can(actor: Pick<Actor, 'role'>, permission: Permission): boolean {
  return (rolePermissions[actor.role] as readonly Permission[]).includes(permission);
}

export function assertCan(actor: Pick<Actor, 'role'>, permission: Permission): void {
  if (!can(actor, permission)) throw forbidden();
}
