/**
 * Editing one set-valued field (assignees, labels) of several tickets at once. tickets.bulkUpdate
 * gives every ticket the same full set, so "add Ann, remove Bo" is sendable only when it leaves every
 * ticket with the same set: a value some tickets have and others lack must be decided for all.
 */
export type Mark = 'all' | 'some' | 'none';

/** Whether each value is on all, some or none of the tickets, after the edits so far. */
export function markOf(sets: readonly (readonly string[])[], edits: ReadonlyMap<string, boolean>, value: string): Mark {
  const edit = edits.get(value);
  if (edit !== undefined) return edit ? 'all' : 'none';
  const holders = sets.filter((set) => set.includes(value)).length;
  if (holders === 0) return 'none';
  return holders === sets.length ? 'all' : 'some';
}

export type SetEditResult =
  | { kind: 'unchanged' }
  | { kind: 'undecided'; values: string[] }
  | { kind: 'set'; values: string[] };

/** The one set to send, the values still undecided, or nothing to send. */
export function resultOf(sets: readonly (readonly string[])[], edits: ReadonlyMap<string, boolean>): SetEditResult {
  if (edits.size === 0) return { kind: 'unchanged' };
  const universe = [...new Set([...sets.flat(), ...edits.keys()])];
  const undecided = universe.filter((value) => markOf(sets, edits, value) === 'some');
  if (undecided.length > 0) return { kind: 'undecided', values: undecided };
  const values = universe.filter((value) => markOf(sets, edits, value) === 'all');
  const same = sets.every((set) => set.length === values.length && values.every((value) => set.includes(value)));
  return same ? { kind: 'unchanged' } : { kind: 'set', values };
}
