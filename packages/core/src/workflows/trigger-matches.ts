import type { EventRow } from '@ticketing/db/schema';
import type { WorkflowDefinition } from './schemas.ts';

/** How deep a chain of rules triggering rules may go before it is stopped. */
export const MAX_CHAIN_DEPTH = 10;

/** Who caused an event, as far as rules care: a rule (which, how deep in a chain) or not. */
export function ruleOrigin(event: Pick<EventRow, 'actorKind' | 'actor'>): { ruleId: string; depth: number } | null {
  if (event.actorKind !== 'automation') return null;
  const detail = event.actor as { ruleId?: unknown; depth?: unknown };
  return {
    ruleId: typeof detail.ruleId === 'string' ? detail.ruleId : '',
    depth: typeof detail.depth === 'number' ? detail.depth : MAX_CHAIN_DEPTH,
  };
}

/**
 * Whether an event starts a run of a rule: its type and the trigger's narrowing (changed fields,
 * from/to, SLA target). Events a rule caused start runs only of rules that allow it, never of the rule itself.
 */
export function triggerMatches(
  rule: { id: string; definition: WorkflowDefinition },
  event: Pick<EventRow, 'type' | 'data' | 'actorKind' | 'actor'>,
): boolean {
  const { trigger, allowRuleTrigger } = rule.definition;
  if (trigger.type !== 'event' || trigger.event !== event.type) return false;
  const origin = ruleOrigin(event);
  if (origin && (!allowRuleTrigger || origin.ruleId === rule.id)) return false;
  const data = event.data as { changes?: Record<string, unknown>; from?: string; to?: string; target?: string };
  if (trigger.fields && !trigger.fields.some((field) => data.changes && field in data.changes)) return false;
  // From/to: of the status for a transition, of the priority for a priority change.
  const change =
    event.type === 'ticket.updated' ? (data.changes?.priority as { old?: string; new?: string }) : undefined;
  const [from, to] = change ? [change.old, change.new] : [data.from, data.to];
  if (trigger.from && from !== trigger.from) return false;
  if (trigger.to && to !== trigger.to) return false;
  if (trigger.target && data.target !== trigger.target) return false;
  return true;
}
