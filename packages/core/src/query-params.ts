import { z } from 'zod';

/**
 * A boolean that also accepts "true"/"false" as REST query strings send it. (The REST adapter
 * marks plain booleans as coercing, and Boolean("false") is true.)
 */
export const booleanParam = z.preprocess(
  (value) => (value === 'true' ? true : value === 'false' ? false : value),
  z.boolean(),
);
