import { ticketPageSchema, ticketSchema } from '@ticketing/core/tickets/schemas';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkedOutsideProduction } from '../src/output-checks.ts';

const pageSchema = () => z.object({ items: z.array(z.object({ id: z.uuid() })) }).meta({ description: 'a page' });

describe('output checks', () => {
  it('keeps checking answers outside production', async () => {
    const schema = pageSchema();
    expect(checkedOutsideProduction(schema, 'test')).toBe(schema);
    await expect(schema.parseAsync({ items: [{ id: 'not a uuid' }] })).rejects.toThrow(/uuid/i);
    expect(await schema.parseAsync({ items: [{ id: crypto.randomUUID(), extra: 1 }] })).not.toHaveProperty(
      'items.0.extra',
    );
  });

  it('in production answers with the value as given and documents the same schema', async () => {
    const schema = pageSchema();
    const documented = z.toJSONSchema(schema);
    const unchecked = checkedOutsideProduction(schema, 'production');
    expect(unchecked).toBe(schema);
    const wrong = { items: [{ id: 'not a uuid' }] };
    await expect(unchecked.parseAsync(wrong)).resolves.toBe(wrong);
    expect(z.toJSONSchema(unchecked)).toEqual(documented);
    expect(unchecked.meta()).toEqual({ description: 'a page' });
    // Only the asynchronous parse tRPC binds is skipped; other callers still validate.
    expect(unchecked.safeParse(wrong).success).toBe(false);
  });

  it('tickets and their pages are checked in the tests', async () => {
    expect(process.env.NODE_ENV).not.toBe('production');
    await expect(ticketSchema.parseAsync({ key: 'T-1' })).rejects.toThrow();
    await expect(ticketPageSchema.parseAsync({ items: [{ key: 'T-1' }], nextCursor: null })).rejects.toThrow();
  });
});
