import { describe, expect, it } from 'vitest';
import { markOf, resultOf } from '../src/lib/ticket-list-set-edit.ts';

// Three selected tickets' assignees: Ann on all, Bo on one.
const sets = [['ann', 'bo'], ['ann'], ['ann']];

describe('editing assignees or labels of several tickets at once', () => {
  it('marks each value as on all, some or none of the tickets', () => {
    const none = new Map<string, boolean>();
    expect(markOf(sets, none, 'ann')).toBe('all');
    expect(markOf(sets, none, 'bo')).toBe('some');
    expect(markOf(sets, none, 'cy')).toBe('none');
    expect(markOf(sets, new Map([['bo', true]]), 'bo')).toBe('all');
  });

  it('sends nothing until something changes, and nothing when the edits change nothing', () => {
    expect(resultOf(sets, new Map())).toEqual({ kind: 'unchanged' });
    expect(resultOf([['ann'], ['ann']], new Map([['ann', true]]))).toEqual({ kind: 'unchanged' });
  });

  it('refuses to guess for a value only some tickets have', () => {
    expect(resultOf(sets, new Map([['cy', true]]))).toEqual({ kind: 'undecided', values: ['bo'] });
  });

  it('gives the one set every ticket ends up with once each value is decided', () => {
    expect(
      resultOf(
        sets,
        new Map([
          ['bo', false],
          ['cy', true],
        ]),
      ),
    ).toEqual({ kind: 'set', values: ['ann', 'cy'] });
    expect(resultOf(sets, new Map([['bo', true]]))).toEqual({ kind: 'set', values: ['ann', 'bo'] });
    expect(
      resultOf(
        sets,
        new Map([
          ['ann', false],
          ['bo', false],
        ]),
      ),
    ).toEqual({ kind: 'set', values: [] });
  });
});
