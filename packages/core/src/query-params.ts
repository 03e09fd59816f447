import { z } from 'zod';

/**
 * A boolean that also accepts "true"/"false" as REST query strings send it. (The REST adapter
 * marks plain booleans as coercing, and Boolean("false") is true.)
 */
export const booleanParam = z.preprocess(
  (value) => (value === 'true' ? true : value === 'false' ? false : value),
  z.boolean(),
);

/**
 * A boolean in a JSON body. The REST adapter switches plain z.boolean() input schemas to coercing ones
 * (so "false" would become true), and the switch is shared with tRPC; a pipe is left alone.
 */
export const bodyBoolean = () => z.boolean().pipe(z.boolean());

/**
 * A list as a query string sends it (`a,b`, or the parameter repeated) or as tRPC sends it (an array).
 * Repeats are dropped before the size limit, so `open,open` is still one status.
 */
export const csv = <T extends z.ZodType>(item: T, max: number, tooMany: string) =>
  z.preprocess(
    (value) => {
      const items = typeof value === 'string' ? value.split(',').filter(Boolean) : value;
      return Array.isArray(items) ? [...new Set(items)] : items;
    },
    z.array(item).max(max, tooMany),
  );
