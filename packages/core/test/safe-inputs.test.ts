import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { commentBodySchema } from '../src/comments/schemas.ts';
import { DATE_RANGE_MESSAGE, dateTimeParam, isoDate, isoDateTime } from '../src/date-range.ts';
import { INT4_MAX, int4 } from '../src/integers.ts';
import { LONE_SURROGATE_MESSAGE, NUL_MESSAGE, safeText, uuidInput } from '../src/text.ts';
import { createTicketInput, listTicketsInput, updateTicketInput } from '../src/tickets/schemas.ts';

const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => issue.message);

const jsonSchemaOf = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input' });

describe('safeText', () => {
  const text = safeText({ max: 10 });

  it('refuses NUL anywhere', () => {
    for (const value of ['\u0000', 'a\u0000', '\u0000b'])
      expect(messagesOf(text.safeParse(value))).toEqual([NUL_MESSAGE]);
  });

  it('refuses an unpaired surrogate, either half, but accepts a well-formed pair', () => {
    for (const value of ['\ud800', 'x\udfff', '\ude00\ud83d']) {
      expect(messagesOf(text.safeParse(value))).toEqual([LONE_SURROGATE_MESSAGE]);
    }
    for (const value of ['😀', 'e\u0301', '𝔘', '\u202e', '\ufeff']) expect(text.parse(value)).toBe(value);
  });

  it('publishes its maximum and refuses longer text with the given message (and nothing more)', () => {
    expect(jsonSchemaOf(text)).toMatchObject({ type: 'string', maxLength: 10 });
    const titled = safeText({ max: 3, tooLong: 'Too long' });
    expect(messagesOf(titled.safeParse('abcd\u0000'))).toEqual(['Too long']);
  });

  it('trims first when asked, so surrounding spaces do not count, and chains like any string', () => {
    const name = safeText({ max: 3, trim: true }).min(1, 'Required').toUpperCase();
    expect(name.parse('  ab  ')).toBe('AB');
    expect(messagesOf(name.safeParse('   '))).toEqual(['Required']);
  });
});

describe('uuidInput', () => {
  it('publishes the length of a UUID and keeps the custom message', () => {
    expect(jsonSchemaOf(uuidInput())).toMatchObject({ type: 'string', format: 'uuid', maxLength: 36 });
    expect(messagesOf(uuidInput('Not a valid user id').safeParse('nope'))).toEqual(['Not a valid user id']);
  });
});

describe('int4', () => {
  it('accepts the int4 range and refuses one past it, publishing both ends', () => {
    const version = int4(1);
    expect(version.parse(INT4_MAX)).toBe(INT4_MAX);
    expect(messagesOf(version.safeParse(INT4_MAX + 1))).toEqual([`Must be at most ${INT4_MAX}`]);
    expect(version.safeParse(0).success).toBe(false);
    expect(version.safeParse(1.5).success).toBe(false);
    expect(jsonSchemaOf(version)).toMatchObject({ type: 'integer', minimum: 1, maximum: INT4_MAX });
  });
});

describe('dates', () => {
  it('isoDate: YYYY-MM-DD from 1900 on', () => {
    const date = isoDate();
    expect(date.parse('1900-01-01')).toBe('1900-01-01');
    expect(date.parse('9999-12-31')).toBe('9999-12-31');
    for (const value of ['1899-12-31', '0000-01-01'])
      expect(messagesOf(date.safeParse(value))).toEqual([DATE_RANGE_MESSAGE]);
    expect(messagesOf(date.safeParse('01/02/2026'))).toEqual(['A date is YYYY-MM-DD']);
    expect(jsonSchemaOf(date)).toMatchObject({ format: 'date', maxLength: 10 });
  });

  it('isoDateTime: an ISO UTC timestamp within the years', () => {
    expect(isoDateTime.parse('2026-11-24T10:00:00.000Z')).toBe('2026-11-24T10:00:00.000Z');
    expect(messagesOf(isoDateTime.safeParse('0000-01-01T00:00:00.000Z'))).toEqual([DATE_RANGE_MESSAGE]);
  });

  it('dateTimeParam: text or a Date, both within the years, published with a maxLength', () => {
    const when = new Date('2026-11-24T10:00:00Z');
    expect(dateTimeParam.parse(when)).toEqual(when);
    expect(dateTimeParam.parse('2026-11-24T10:00:00Z')).toEqual(when);
    expect(dateTimeParam.parse('2026-11-24')).toEqual(new Date('2026-11-24'));
    for (const value of ['+275760-09-13T00:00:00.000Z', '0000-01-01', new Date('1800-01-01')]) {
      expect(messagesOf(dateTimeParam.safeParse(value))).toEqual([DATE_RANGE_MESSAGE]);
    }
    for (const value of ['someday', 'x'.repeat(41), new Date('invalid'), 5]) {
      expect(dateTimeParam.safeParse(value).success).toBe(false);
    }
    expect(jsonSchemaOf(dateTimeParam)).toMatchObject({ type: 'string', maxLength: 40 });
  });
});

describe('the area schemas use them', () => {
  const paths = (result: { error?: { issues: { path: PropertyKey[] }[] } }) =>
    (result.error?.issues ?? []).map((issue) => issue.path.join('.'));

  it('refuses NUL and lone surrogates in every free-text field of a ticket', () => {
    const base = { projectKey: 'TSK', title: 'ok' };
    expect(paths(createTicketInput.safeParse({ ...base, title: 'a\u0000' }))).toEqual(['title']);
    expect(paths(createTicketInput.safeParse({ ...base, description: '\ud800' }))).toEqual(['description']);
    expect(paths(createTicketInput.safeParse({ ...base, labels: ['ok', 'b\u0000'] }))).toEqual(['labels.1']);
    expect(paths(updateTicketInput.safeParse({ key: 'TSK-1', version: 1, title: '\udfff' }))).toEqual(['title']);
    expect(paths(commentBodySchema.safeParse('\u0000'))).toEqual(['']);
  });

  it('keeps a description to 100 KB by bytes and publishes its character limit', () => {
    const base = { projectKey: 'TSK', title: 'ok' };
    expect(createTicketInput.safeParse({ ...base, description: 'é'.repeat(50_000) }).success).toBe(true);
    expect(paths(createTicketInput.safeParse({ ...base, description: 'é'.repeat(50_001) }))).toEqual(['description']);
    expect(paths(createTicketInput.safeParse({ ...base, description: 'x'.repeat(100_001) }))).toEqual(['description']);
  });

  it('bounds version by the int4 column it is compared with', () => {
    expect(paths(updateTicketInput.safeParse({ key: 'TSK-1', version: INT4_MAX + 1 }))).toEqual(['version']);
  });

  it('reads list filters as before (comma lists, repeats dropped) but bounds their size', () => {
    expect(listTicketsInput.parse({ status: 'open,open,closed' }).status).toEqual(['open', 'closed']);
    expect(listTicketsInput.parse({ priority: ['low', 'low'] }).priority).toEqual(['low']);
    expect(paths(listTicketsInput.safeParse({ status: 'open,closed,blocked,in_progress,x' }))).toEqual(['status']);
    expect(paths(listTicketsInput.safeParse({ q: 'a\u0000' }))).toEqual(['q']);
    expect(paths(listTicketsInput.safeParse({ createdFrom: '0000-01-01' }))).toEqual(['createdFrom']);
  });
});
