import { timestamp, uuid } from 'drizzle-orm/pg-core';

// Every table shares one id and timestamp design: random UUID keys (no guessable sequences
// leak through the API) and timezone-aware timestamps read as JS Dates.
export const id = () => uuid().primaryKey().defaultRandom();

// Millisecond precision, like JS Dates: keyset cursors round-trip timestamps exactly.
export const timestampTz = () => timestamp({ withTimezone: true, mode: 'date', precision: 3 });

export const createdAt = () => timestampTz().notNull().defaultNow();

export const timestamps = () => ({
  createdAt: createdAt(),
  updatedAt: timestampTz()
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
});
