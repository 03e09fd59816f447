import { z } from 'zod';

/**
 * Dates an input may name. PostgreSQL refuses year 0 and dates past 294276; JavaScript reaches
 * ±275760. Nothing in a ticketing system is older than 1900 or after 9999, and the four-digit years
 * keep every date and timestamp valid on both sides.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 9999;
export const DATE_RANGE_MESSAGE = `Dates must be between the years ${MIN_YEAR} and ${MAX_YEAR}`;

/** `2026-11-24T10:00:00.123456789+05:30` is 35 characters; nothing longer is a date-time. */
const DATE_TIME_MAX_LENGTH = 40;
const DATE_TIME_MESSAGE = 'A date-time is ISO 8601, e.g. 2026-11-24T10:00:00Z';

const inRange = (date: Date) => date.getUTCFullYear() >= MIN_YEAR && date.getUTCFullYear() <= MAX_YEAR;

/** A calendar date, `YYYY-MM-DD` (four-digit years, so never past 9999). */
export const isoDate = (message = 'A date is YYYY-MM-DD') =>
  z.iso
    .date({ message, abort: true })
    .max(10, message)
    .refine((text) => text >= `${MIN_YEAR}-01-01`, DATE_RANGE_MESSAGE);

/** An ISO 8601 UTC date-time string, as `Date.toISOString()` writes it (in cursors). */
export const isoDateTime = z.iso
  .datetime({ message: DATE_TIME_MESSAGE, abort: true })
  .max(DATE_TIME_MAX_LENGTH, DATE_TIME_MESSAGE)
  .refine((text) => inRange(new Date(text)), DATE_RANGE_MESSAGE);

/**
 * A point in time as a filter: ISO 8601 text over REST, a Date from tRPC clients (superjson). A Date
 * is turned into its text first, so both meet the same length limit and range.
 */
export const dateTimeParam = z
  .preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : value),
    z
      .string({ message: DATE_TIME_MESSAGE })
      .max(DATE_TIME_MAX_LENGTH, DATE_TIME_MESSAGE)
      .pipe(z.coerce.date({ message: DATE_TIME_MESSAGE }))
      .refine(inRange, DATE_RANGE_MESSAGE),
  )
  .describe('An ISO 8601 date-time, e.g. 2026-11-24T10:00:00Z');
