import { z } from 'zod';
import { emailSchema, nameSchema, userSchema } from '../users/schemas.ts';
import { passwordSchema } from './passwords.ts';

export const registerInput = z.object({ email: emailSchema, name: nameSchema, password: passwordSchema });
export type RegisterInput = z.infer<typeof registerInput>;

export const loginInput = z.object({
  email: emailSchema,
  // Not the full password policy: a login must not tell which rule an old password breaks. (Only
  // argon2 sees it, never PostgreSQL, so NUL or odd Unicode here cannot fail a statement.)
  password: z.string().min(1, 'Password is required').max(256),
});
export type LoginInput = z.infer<typeof loginInput>;

export const authResultSchema = z
  .object({
    token: z.string().describe('Session token: send as `Authorization: Bearer <token>`'),
    expiresAt: z.date(),
    user: userSchema,
  })
  .meta({ id: 'AuthResult' });
export type AuthResult = z.infer<typeof authResultSchema>;

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

export const sessionSchema = z
  .object({
    id: z.string().describe('Public id of the session (a prefix of its hash), for revoking it'),
    current: z.boolean(),
    createdAt: z.date(),
    lastUsedAt: z.date(),
    expiresAt: z.date(),
    userAgent: z.string().nullable(),
    ipAddress: z.string().nullable(),
  })
  .meta({ id: 'Session' });
export type Session = z.infer<typeof sessionSchema>;

const SESSION_ID_MESSAGE = 'Not a valid session id';
export const revokeSessionInput = z.object({
  id: z
    .string()
    .max(16, SESSION_ID_MESSAGE)
    .regex(/^[0-9a-f]{16}$/, SESSION_ID_MESSAGE),
});

export const okSchema = z.object({ ok: z.literal(true) });
