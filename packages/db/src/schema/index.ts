// The full schema, listed by name for Drizzle's relational queries and drizzle-kit.

export type { ApiTokenRow, ApiTokenScope } from './api-tokens.ts';
export { apiTokenScopes, apiTokens } from './api-tokens.ts';
export type { DepartmentRow } from './departments.ts';
export { departments } from './departments.ts';
export { loginFailures } from './login-failures.ts';
export type { SessionRow } from './sessions.ts';
export { sessions } from './sessions.ts';
export type { NewUserRow, Role, UserRow } from './users.ts';
export { roles, userRole, users } from './users.ts';
