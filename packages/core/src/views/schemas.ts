import { z } from 'zod';
import { projectKeySchema } from '../projects/schemas.ts';
import { safeText, uuidInput } from '../text.ts';
import { sortFields, ticketFilterSchema } from '../tickets/schemas.ts';

/** The ticket list's optional columns (key and title always show). */
export const viewColumns = ['status', 'priority', 'assignees', 'labels', 'due', 'updated'] as const;

const nameSchema = safeText({ max: 100, trim: true }).min(1, 'A view needs a name');
const querySchema = safeText({ max: 1000, trim: true }).describe('In the query language; may be empty (every ticket)');
const sortSchema = z.enum(sortFields);
const orderSchema = z.enum(['asc', 'desc']);
const columnsSchema = z
  .array(z.enum(viewColumns))
  .max(viewColumns.length)
  .transform((columns) => [...new Set(columns)]);

export const createViewInput = z.object({
  name: nameSchema,
  query: querySchema.default(''),
  filter: ticketFilterSchema
    .optional()
    .describe("The list's structured filters, saved as query text (ANDed with `query`)"),
  sort: sortSchema.optional(),
  order: orderSchema.optional(),
  columns: columnsSchema.optional(),
  projectKey: projectKeySchema
    .optional()
    .describe("Share with this project's members (its lead, a manager in it, an admin); personal when absent"),
});
export type CreateViewInput = z.infer<typeof createViewInput>;

export const viewIdInput = z.object({ id: uuidInput() });

export const updateViewInput = z.object({
  id: uuidInput(),
  name: nameSchema.optional(),
  query: querySchema.optional(),
  sort: sortSchema.nullable().optional(),
  order: orderSchema.nullable().optional(),
  columns: columnsSchema.nullable().optional(),
});
export type UpdateViewInput = z.infer<typeof updateViewInput>;

export const viewSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    query: z.string(),
    sort: sortSchema.nullable(),
    order: orderSchema.nullable(),
    columns: z.array(z.enum(viewColumns)).nullable(),
    /** The project it is shared with; null for a personal view. */
    projectKey: z.string().nullable(),
    owner: z.object({ id: z.uuid(), name: z.string() }),
    /** Whether the caller may change or delete it. */
    editable: z.boolean(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'SavedView' });
export type View = z.infer<typeof viewSchema>;
