import type { ProjectRole, Role } from '@ticketing/client/types';

// Runtime lists for the selects, typed as records so a role added to the API fails the build here
// until it is described.

export const roleLabels: Record<Role, string> = { user: 'User', manager: 'Manager', admin: 'Admin' };
export const roles = Object.keys(roleLabels) as Role[];

export const projectRoleLabels: Record<ProjectRole, string> = { viewer: 'Viewer', member: 'Member', lead: 'Lead' };
export const projectRoles = Object.keys(projectRoleLabels) as ProjectRole[];

export const isRole = (value: string): value is Role => value in roleLabels;
export const isProjectRole = (value: string): value is ProjectRole => value in projectRoleLabels;
