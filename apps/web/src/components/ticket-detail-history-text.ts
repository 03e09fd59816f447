import type { RouterOutputs } from '@ticketing/client/types';
import { statusLabels } from './board-rules.ts';
import { fieldLabel } from './conflict-details.ts';

type HistoryEntry = RouterOutputs['tickets']['history'][number];

export interface Names {
  user(id: string): string;
  department(id: string): string;
}

const quoted = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return 'none';
  if (typeof value === 'string') return `“${value}”`;
  return JSON.stringify(value);
};

const status = (value: unknown) =>
  typeof value === 'string' && value in statusLabels ? statusLabels[value as keyof typeof statusLabels] : quoted(value);

const fileNameOf = (value: unknown) =>
  typeof value === 'object' && value !== null && 'fileName' in value ? value.fileName : 'a file';

/** Who made a change: a person, an automation rule ("Automation: <rule name>"), or the system. */
export function actorOf(entry: HistoryEntry): string {
  if (entry.actor) return entry.actor.name;
  if (entry.actorKind !== 'automation') return 'The system';
  return entry.rule ? `Automation: ${entry.rule.name}` : 'An automation';
}

/** One history entry as a sentence without its actor ("moved it from Open to Closed"). */
export function describeChange(entry: HistoryEntry, names: Names): string {
  switch (entry.action) {
    case 'created':
      return 'created the ticket';
    case 'updated': {
      const field = entry.field ?? 'a field';
      // A description can be 100 KB: say that it changed, not what it says.
      if (field === 'description') return 'edited the description';
      const name = (value: unknown) =>
        field === 'departmentId' && typeof value === 'string' ? `“${names.department(value)}”` : quoted(value);
      return `changed ${fieldLabel(field).toLowerCase()} from ${name(entry.oldValue)} to ${name(entry.newValue)}`;
    }
    case 'transitioned':
      return `moved it from ${status(entry.oldValue)} to ${status(entry.newValue)}`;
    case 'assigned':
      return `assigned ${typeof entry.newValue === 'string' ? names.user(entry.newValue) : 'someone'}`;
    case 'unassigned':
      return `unassigned ${typeof entry.oldValue === 'string' ? names.user(entry.oldValue) : 'someone'}`;
    case 'labeled':
      return `added the label ${quoted(entry.newValue)}`;
    case 'unlabeled':
      return `removed the label ${quoted(entry.oldValue)}`;
    case 'comment_added':
      return 'commented';
    case 'comment_edited':
      return 'edited a comment';
    case 'comment_deleted':
      return 'deleted a comment';
    case 'deleted':
      return 'deleted the ticket';
    case 'restored':
      return 'restored the ticket';
    case 'attachment_added':
      return `attached ${quoted(fileNameOf(entry.newValue))}`;
    case 'attachment_deleted':
      return `removed the attachment ${quoted(fileNameOf(entry.oldValue))}`;
  }
}
