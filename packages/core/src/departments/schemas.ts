import { z } from 'zod';
import { safeText } from '../text.ts';

export const departmentSchema = z
  .object({ id: z.uuid(), name: z.string(), createdAt: z.date(), updatedAt: z.date() })
  .meta({ id: 'Department' });
export type Department = z.infer<typeof departmentSchema>;

export const createDepartmentInput = z.object({ name: safeText({ max: 100, trim: true }).min(1, 'Name is required') });
export type CreateDepartmentInput = z.infer<typeof createDepartmentInput>;
