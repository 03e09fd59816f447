// @vitest-environment happy-dom
import type { TicketStatus } from '@ticketing/client/types';
import { describe, expect, it } from 'vitest';
import { boardColumns, canDrop, dropState } from '../src/components/board-rules.ts';

/**
 * What the server sends as `allowedTransitions` today (README, "Status lifecycle"). It is a fixture
 * here, not a rule: the cases below also feed tickets other sets, and the board must follow them.
 */
const serverTable: Record<TicketStatus, TicketStatus[]> = {
  open: ['in_progress', 'closed'],
  in_progress: ['open', 'closed', 'blocked'],
  blocked: ['in_progress', 'open'],
  closed: ['open', 'in_progress'],
};

const pairs = boardColumns.flatMap((from) => boardColumns.map((to) => [from, to] as const));

describe('canDrop', () => {
  it('has a column for every status', () => {
    expect([...boardColumns].sort()).toEqual(['blocked', 'closed', 'in_progress', 'open']);
  });

  it.each(pairs)('a %s card on the %s column follows the ticket’s allowedTransitions', (from, to) => {
    const ticket = { status: from, allowedTransitions: serverTable[from] };
    expect(canDrop(ticket, to)).toBe(from !== to && serverTable[from].includes(to));
  });

  it.each(pairs)('a %s card may never drop on %s when the server allows nothing', (from, to) => {
    expect(canDrop({ status: from, allowedTransitions: [] }, to)).toBe(false);
  });

  it.each(pairs)('a %s card may drop on %s whenever the server allows it, except its own column', (from, to) => {
    expect(canDrop({ status: from, allowedTransitions: [...boardColumns] }, to)).toBe(from !== to);
  });

  it('reads the ticket, not a table: the same status with other transitions drops elsewhere', () => {
    expect(canDrop({ status: 'open', allowedTransitions: ['blocked'] }, 'blocked')).toBe(true);
    expect(canDrop({ status: 'open', allowedTransitions: ['blocked'] }, 'in_progress')).toBe(false);
  });
});

describe('dropState', () => {
  it('is idle when nothing is dragged', () => {
    for (const column of boardColumns) expect(dropState(null, column)).toBe('idle');
  });

  it.each(boardColumns)('marks each column for a dragged %s card', (from) => {
    const ticket = { status: from, allowedTransitions: serverTable[from] };
    for (const column of boardColumns) {
      const expected = column === from ? 'origin' : serverTable[from].includes(column) ? 'allowed' : 'disallowed';
      expect(dropState(ticket, column)).toBe(expected);
    }
  });
});
