import { z } from 'zod';

/** An IANA time zone that this runtime (and so, in practice, PostgreSQL) knows. */
export const timeZoneName = z
  .string()
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'An IANA time zone such as Europe/Berlin or America/New_York');

/** An IANA time zone; UTC when absent. */
export const timeZoneSchema = timeZoneName.default('UTC');
