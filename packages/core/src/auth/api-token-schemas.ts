import { apiTokenScopes } from '@ticketing/db/schema';
import { z } from 'zod';
import { safeText, uuidInput } from '../text.ts';

export const API_TOKEN_PREFIX = 'tkt_';
const MAX_LIFETIME_DAYS = 366;

export const apiTokenSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    scopes: z.array(z.enum(apiTokenScopes)),
    expiresAt: z.date().nullable(),
    lastUsedAt: z.date().nullable(),
    createdAt: z.date(),
  })
  .meta({ id: 'ApiToken' });
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const createApiTokenInput = z.object({
  name: safeText({ max: 100, trim: true }).min(1, 'Name is required'),
  scopes: z
    .array(z.enum(apiTokenScopes))
    .min(1, 'Name at least one scope')
    // Repeats are allowed (and dropped), so the bound is looser than the number of scopes.
    .max(10, 'At most 10 scopes')
    .transform((scopes) => [...new Set(scopes)])
    .describe('`read` for queries; add `write` for changes'),
  expiresInDays: z
    .number()
    .int()
    .min(1)
    .max(MAX_LIFETIME_DAYS, 'A token lives at most a year')
    .optional()
    .describe('Lifetime in days (at most 366); no expiry when absent'),
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenInput>;

export const createdApiTokenSchema = apiTokenSchema
  .extend({ token: z.string().describe('The secret, shown only once: send it as `Authorization: Bearer <token>`') })
  .meta({ id: 'CreatedApiToken' });

export const revokeApiTokenInput = z.object({ id: uuidInput() });
