import type { ProjectRole, Role } from '@ticketing/db/schema';
import type { Actor } from './actor.ts';
import { forbidden } from './errors.ts';

/** What a global role allows, wherever it applies. */
export type Permission =
  | 'auth:self'
  | 'users:read'
  | 'users:list'
  | 'users:create'
  | 'users:manage'
  | 'departments:read'
  | 'departments:create'
  | 'projects:create'
  | 'audit:read'
  | 'jobs:read'
  | 'workflows:global';

/** What may be done inside one project; granted by the project role, widened by the global role. */
export const projectPermissions = [
  'project:read',
  'project:manage',
  'ticket:read',
  'ticket:create',
  'ticket:edit',
  'ticket:transition',
  'ticket:comment',
  'ticket:delete',
  'comment:moderate',
  'attachment:moderate',
] as const;
export type ProjectPermission = (typeof projectPermissions)[number];

const everyone = ['auth:self', 'users:read', 'departments:read'] as const satisfies readonly Permission[];
const manager = [...everyone, 'users:list', 'projects:create'] as const satisfies readonly Permission[];

/** The one place that says which global role may do what. */
export const rolePermissions = {
  user: everyone,
  manager,
  admin: [
    ...manager,
    'users:create',
    'users:manage',
    'departments:create',
    'audit:read',
    'jobs:read',
    'workflows:global',
  ],
} as const satisfies Record<Role, readonly Permission[]>;

const viewer = ['project:read', 'ticket:read'] as const satisfies readonly ProjectPermission[];
const member = [
  ...viewer,
  'ticket:create',
  'ticket:edit',
  'ticket:transition',
  'ticket:comment',
] as const satisfies readonly ProjectPermission[];
const lead = [
  ...member,
  'project:manage',
  'ticket:delete',
  'comment:moderate',
  'attachment:moderate',
] as const satisfies readonly ProjectPermission[];

/** Project role → permissions in that project. */
export const projectRolePermissions = { viewer, member, lead } as const satisfies Record<
  ProjectRole,
  readonly ProjectPermission[]
>;

/**
 * What a global role adds inside a project the actor can see. Admins see every project and may do
 * everything; managers run the settings of projects they belong to (as in the prototype).
 */
export const globalProjectPermissions = {
  user: [],
  manager: ['project:manage', 'ticket:delete', 'comment:moderate', 'attachment:moderate'],
  admin: [...lead],
} as const satisfies Record<Role, readonly ProjectPermission[]>;

export function can(actor: Pick<Actor, 'role'>, permission: Permission): boolean {
  return (rolePermissions[actor.role] as readonly Permission[]).includes(permission);
}

export function assertCan(actor: Pick<Actor, 'role'>, permission: Permission): void {
  if (!can(actor, permission)) throw forbidden();
}

/** The actor's permissions in a project, given their membership role there (null: not a member). */
export function projectPermissionsOf(
  actor: Pick<Actor, 'role'>,
  membership: ProjectRole | null,
): ReadonlySet<ProjectPermission> {
  if (membership === null && actor.role !== 'admin') return new Set();
  return new Set<ProjectPermission>([
    ...(membership ? projectRolePermissions[membership] : []),
    ...globalProjectPermissions[actor.role],
  ]);
}
