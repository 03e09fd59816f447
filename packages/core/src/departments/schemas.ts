import { z } from 'zod';

export const departmentSchema = z
  .object({ id: z.uuid(), name: z.string(), createdAt: z.date(), updatedAt: z.date() })
  .meta({ id: 'Department' });
export type Department = z.infer<typeof departmentSchema>;

export const createDepartmentInput = z.object({ name: z.string().trim().min(1, 'Name is required').max(100) });
export type CreateDepartmentInput = z.infer<typeof createDepartmentInput>;
