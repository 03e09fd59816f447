import { roles } from '@ticketing/db/schema';
import { z } from 'zod';
import { passwordSchema } from '../auth/passwords.ts';
import { cursorSchema, limitSchema } from '../pagination.ts';
import { bodyBoolean, booleanParam } from '../query-params.ts';
import { safeText, uuidInput } from '../text.ts';

export const roleSchema = z.enum(roles).describe('user, manager or admin');

// RFC 5321 caps a forward path at 254 characters.
export const emailSchema = safeText({ max: 254, tooLong: 'An email address is at most 254 characters', trim: true })
  .toLowerCase()
  .pipe(z.email({ message: 'Enter a valid email address' }));

export const NAME_MAX_LENGTH = 120;
export const nameSchema = safeText({ max: NAME_MAX_LENGTH, trim: true }).min(1, 'Name is required');

export const userIdSchema = uuidInput('Not a valid user id');

/** A user as every API returns it: never the password hash. */
export const userSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: roleSchema,
    departmentId: z.uuid().nullable(),
    active: z.boolean(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof userSchema>;

export const listUsersInput = z.object({
  role: roleSchema.optional(),
  departmentId: uuidInput().optional(),
  active: booleanParam.optional(),
  q: safeText({ max: 200, trim: true }).optional().describe('Matches name or email (case-insensitive substring)'),
  limit: limitSchema,
  cursor: cursorSchema,
});
export type ListUsersInput = z.infer<typeof listUsersInput>;

export const userPageSchema = z.object({ items: z.array(userSchema), nextCursor: z.string().nullable() });

export const getUserInput = z.object({ id: userIdSchema });

export const createUserInput = z.object({
  email: emailSchema,
  name: nameSchema,
  password: passwordSchema,
  role: roleSchema.default('user'),
  departmentId: uuidInput().nullable().optional(),
});
export type CreateUserInput = z.infer<typeof createUserInput>;

export const updateUserInput = z.object({
  id: userIdSchema,
  name: nameSchema.optional(),
  role: roleSchema.optional(),
  departmentId: uuidInput().nullable().optional(),
  active: bodyBoolean().optional(),
});
export type UpdateUserInput = z.infer<typeof updateUserInput>;

export const deactivateUserInput = z.object({ id: userIdSchema });
