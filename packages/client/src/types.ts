import type { AppRouter } from '@ticketing/api/root';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

export type { ErrorCode } from '@ticketing/core/errors';
export type { QueryField } from '@ticketing/core/query/parse-query';
export type { AppRouter };
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

/** Domain types consumers need, derived from the router so they can never drift from it. */
export type Ticket = RouterOutputs['tickets']['get'];
export type TicketStatus = Ticket['status'];
export type TicketPriority = Ticket['priority'];
export type Project = RouterOutputs['projects']['get'];
export type ProjectPermission = Project['myPermissions'][number];
export type ProjectRole = RouterOutputs['projects']['members']['list'][number]['role'];
export type User = RouterOutputs['auth']['me'];
export type Role = User['role'];
