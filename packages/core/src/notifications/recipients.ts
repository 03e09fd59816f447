import { type InboxReason, reasonPrecedence } from './inbox-rules.ts';

export interface Candidates {
  /** The person who caused the event (null for the system or a rule): never told of their own doing. */
  actorId: string | null;
  assigned: readonly string[];
  mentioned: readonly string[];
  watchers: Iterable<string>;
  watcherReason: InboxReason;
}

/** Who hears of one event, each once, with the most specific reason that applies to them. */
export function recipientsOf(candidates: Candidates): Map<string, InboxReason> {
  const chosen = new Map<string, InboxReason>();
  const offer = (userId: string, reason: InboxReason) => {
    if (userId === candidates.actorId) return;
    const current = chosen.get(userId);
    if (current === undefined || reasonPrecedence.indexOf(reason) < reasonPrecedence.indexOf(current)) {
      chosen.set(userId, reason);
    }
  };
  for (const userId of candidates.assigned) offer(userId, 'assigned');
  for (const userId of candidates.mentioned) offer(userId, 'mentioned');
  for (const userId of candidates.watchers) offer(userId, candidates.watcherReason);
  return chosen;
}
