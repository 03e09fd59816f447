import type { HistoryAction } from '@ticketing/db/schema';
import type { NewEvent } from './catalog.ts';

export interface HistoryEntry {
  action: HistoryAction;
  field?: string | null;
  oldValue?: unknown;
  newValue?: unknown;
}

/**
 * A ticket's history, derived from its events: one entry per changed field, per label and per
 * assignee, as `tickets.history` has always shown it. Events about anything else have none.
 */
export function historyEntriesOf(event: NewEvent): HistoryEntry[] {
  switch (event.type) {
    case 'ticket.created':
      return [{ action: 'created', newValue: { title: event.data.title } }];
    case 'ticket.updated': {
      const entries: HistoryEntry[] = [];
      for (const [field, change] of Object.entries(event.data.changes)) {
        if (field !== 'labels') entries.push({ action: 'updated', field, oldValue: change.old, newValue: change.new });
      }
      const labels = event.data.changes.labels;
      if (labels) {
        for (const label of labels.new.filter((l) => !labels.old.includes(l))) {
          entries.push({ action: 'labeled', field: 'labels', newValue: label });
        }
        for (const label of labels.old.filter((l) => !labels.new.includes(l))) {
          entries.push({ action: 'unlabeled', field: 'labels', oldValue: label });
        }
      }
      return entries;
    }
    case 'ticket.transitioned':
      return [{ action: 'transitioned', field: 'status', oldValue: event.data.from, newValue: event.data.to }];
    case 'ticket.assigned':
      return [
        ...event.data.added.map((userId) => ({ action: 'assigned' as const, field: 'assignees', newValue: userId })),
        ...event.data.removed.map((userId) => ({
          action: 'unassigned' as const,
          field: 'assignees',
          oldValue: userId,
        })),
      ];
    case 'ticket.deleted':
      return [{ action: 'deleted' }];
    case 'ticket.restored':
      return [{ action: 'restored' }];
    case 'comment.added':
      return [{ action: 'comment_added', newValue: { commentId: event.data.commentId } }];
    case 'comment.edited':
      return [{ action: 'comment_edited', field: 'comment', oldValue: event.data.before, newValue: event.data.after }];
    case 'comment.deleted':
      return [{ action: 'comment_deleted', field: 'comment', oldValue: event.data.body }];
    case 'attachment.added':
      return [
        {
          action: 'attachment_added',
          field: 'attachments',
          newValue: { attachmentId: event.data.attachmentId, fileName: event.data.fileName },
        },
      ];
    case 'attachment.deleted':
      return [
        {
          action: 'attachment_deleted',
          field: 'attachments',
          oldValue: { attachmentId: event.data.attachmentId, fileName: event.data.fileName },
        },
      ];
    default:
      return [];
  }
}
