// The full schema, listed by name for Drizzle's relational queries and drizzle-kit.

export type { ActorKind } from './actors.ts';
export { actorKind, actorKinds } from './actors.ts';
export type { ApiTokenRow, ApiTokenScope } from './api-tokens.ts';
export { apiTokenScopes, apiTokens } from './api-tokens.ts';
export type { AttachmentRow, AttachmentState } from './attachments.ts';
export { attachmentState, attachmentStates, attachments } from './attachments.ts';
export type { DepartmentRow } from './departments.ts';
export { departments } from './departments.ts';
export type { EventRow } from './events.ts';
export { eventConsumers, events } from './events.ts';
export type { JobRow, JobState } from './jobs.ts';
export { jobState, jobStates, jobs } from './jobs.ts';
export { loginThrottle } from './login-throttle.ts';
export type { NotificationReason, NotificationRow } from './notifications.ts';
export { notificationReason, notificationReasons, notifications } from './notifications.ts';
export type { ProjectMemberRow, ProjectRole, ProjectRow } from './projects.ts';
export {
  projectCounters,
  projectMembers,
  projectRole,
  projectRoles,
  projects,
  ticketProvisionalNumbers,
} from './projects.ts';
export { rateLimits } from './rate-limits.ts';
export {
  activityCounts,
  activityDeltas,
  openDueCounts,
  openDueDeltas,
  ticketCountDeltas,
  ticketCounts,
  ticketFlowCounts,
  ticketFlowDeltas,
} from './report-rollups.ts';
export type { SessionRow } from './sessions.ts';
export { sessions } from './sessions.ts';
export type { SlaPolicyRow } from './sla-policies.ts';
export { slaPolicies } from './sla-policies.ts';
export type {
  CommentRow,
  HistoryAction,
  TicketHistoryRow,
  TicketPriority,
  TicketRow,
  TicketStatus,
} from './tickets.ts';
export {
  comments,
  historyAction,
  historyActions,
  ticketAssignees,
  ticketColumns,
  ticketHistory,
  ticketLabels,
  ticketPriorities,
  ticketPriority,
  ticketStatus,
  ticketStatuses,
  tickets,
  ticketWatchers,
} from './tickets.ts';
export type { NewUserRow, Role, UserRow } from './users.ts';
export { roles, userRole, users } from './users.ts';
export type { SavedViewRow } from './views.ts';
export { savedViews } from './views.ts';
export type { DeliveryState, WebhookDeliveryRow, WebhookRow } from './webhooks.ts';
export { deliveryState, deliveryStates, webhookDeliveries, webhooks } from './webhooks.ts';
export type { WorkflowRow, WorkflowRunOutcome, WorkflowRunRow } from './workflows.ts';
export { workflowRunOutcomes, workflowRuns, workflows, workflowVersions } from './workflows.ts';
