import { describe, expect, it } from 'vitest';
import { formatTimeLeft } from '../src/lib/sla-time-left.ts';

const now = new Date('2025-03-10T12:00:00Z');
const at = (minutes: number, seconds = 0) => new Date(now.getTime() + minutes * 60_000 + seconds * 1000);

describe('formatTimeLeft', () => {
  it.each([
    [at(0, 30), 'under 1 min left'],
    [at(1), '1 min left'],
    [at(45, 59), '45 min left'],
    [at(60), '1 h left'],
    [at(130), '2 h 10 min left'],
    [at(23 * 60 + 59, 59), '23 h 59 min left'],
    [at(24 * 60), 'due in 1 day'],
    [at(29 * 60 + 40), 'due in 1 day 5 h'],
    [at(48 * 60), 'due in 2 days'],
    [at(3 * 24 * 60 + 23 * 60), 'due in 3 days'],
  ])('%s is %s', (dueAt, words) => {
    expect(formatTimeLeft(dueAt, now)).toBe(words);
  });

  it('rounds down, so the time left is never overstated', () => {
    expect(formatTimeLeft(at(10, 59), now)).toBe('10 min left');
    expect(formatTimeLeft(at(2 * 24 * 60 + 23 * 60 + 59), now)).toBe('due in 2 days');
  });

  it.each([
    [at(0), 'due now'],
    [at(0, -59), 'due now'],
    [at(-1), '1 min overdue'],
    [at(-75), '1 h 15 min overdue'],
    [at(-26 * 60), '1 day 2 h overdue'],
    [at(-5 * 24 * 60), '5 days overdue'],
  ])('past the due time, %s is %s', (dueAt, words) => {
    expect(formatTimeLeft(dueAt, now)).toBe(words);
  });
});
