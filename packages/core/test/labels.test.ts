import { describe, expect, it } from 'vitest';
import { labelSchema } from '../src/tickets/schemas.ts';

describe('labels', () => {
  it('are bounded in bytes too, so that a ticket’s labels fit the created-at index the reports read', () => {
    expect(labelSchema.safeParse('界'.repeat(33)).success).toBe(true);
    const wide = labelSchema.safeParse('界'.repeat(34));
    expect(wide.success).toBe(false);
    expect(wide.error?.issues[0]?.message).toBe('A label is at most 50 characters (100 bytes)');
  });
});
