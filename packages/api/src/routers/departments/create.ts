import { createDepartment } from '@ticketing/core/departments/create-department';
import { createDepartmentInput, departmentSchema } from '@ticketing/core/departments/schemas';
import { permittedProcedure } from '../../trpc.ts';

export const create = permittedProcedure('departments:create')
  .meta({
    openapi: { method: 'POST', path: '/departments', tags: ['departments'], summary: 'Create a department (admin)' },
  })
  .input(createDepartmentInput)
  .output(departmentSchema)
  .mutation(({ ctx, input }) => createDepartment(ctx.deps, ctx.actor, input));
