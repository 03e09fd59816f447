import { createTestDatabase } from '@ticketing/db/testing/database';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeTicketValues, preparedPerColumns } from '../src/tickets/ticket-statements.ts';

const connection = await createTestDatabase();
afterAll(() => connection.close());
const { db } = connection;

describe('ticket statements kept per set of columns', () => {
  it('builds one statement per set, reuses it, and past 64 sets leaves the caller to build its own', () => {
    const built: string[] = [];
    const statements = preparedPerColumns('test_statement', (_executor, placeholders, name) => {
      built.push(name);
      return { columns: Object.keys(placeholders), name };
    });
    // Handed out bound to the executor asked for: a fresh object over the one built statement.
    const builtOf = (columns: string[]) => {
      const bound = statements(db)(columns);
      return bound === null ? null : (Object.getPrototypeOf(bound) as { columns: string[]; name: string });
    };
    const first = builtOf(['title']);
    expect(first).toEqual({ columns: ['title'], name: 'test_statement_0' });
    expect(builtOf(['title'])).toBe(first);
    for (let set = 1; set < 64; set += 1) expect(builtOf([`column${set}`])).not.toBeNull();
    expect(built).toHaveLength(64);
    expect(new Set(built).size).toBe(64);
    // Past the bound: nothing built, nothing kept; the sets built before are still served.
    expect(statements(db)(['one', 'too', 'many'])).toBeNull();
    expect(statements(db)(['one', 'too', 'many'])).toBeNull();
    expect(built).toHaveLength(64);
    expect(builtOf(['title'])).toBe(first);
  });

  it('encodes values as their columns bind them, nulls as null', () => {
    const at = new Date('2026-01-02T03:04:05.000Z');
    expect(
      encodeTicketValues(
        { title: 'T', createdAt: at, closedAt: null, slaPauses: [], dueDate: '2026-02-01' },
        { id: 'x' },
      ),
    ).toEqual({
      id: 'x',
      title: 'T',
      createdAt: at.toISOString(),
      closedAt: null,
      slaPauses: '[]',
      dueDate: '2026-02-01',
    });
  });
});
