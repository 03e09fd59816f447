import { listDepartments } from '@ticketing/core/departments/list-departments';
import { departmentSchema } from '@ticketing/core/departments/schemas';
import { z } from 'zod';
import { permittedProcedure } from '../../trpc.ts';

export const list = permittedProcedure('departments:read')
  .meta({ openapi: { method: 'GET', path: '/departments', tags: ['departments'], summary: 'List departments' } })
  .input(z.void())
  .output(z.array(departmentSchema))
  .query(({ ctx }) => listDepartments(ctx.deps, ctx.actor));
