import { projectRoles } from '@ticketing/db/schema';
import { z } from 'zod';

export const projectKeySchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9]{1,9}$/, 'A project key is 2–10 letters or digits, starting with a letter (e.g. TSK)');

export const projectRoleSchema = z.enum(projectRoles);

export const projectSchema = z
  .object({
    id: z.uuid(),
    key: z.string(),
    name: z.string(),
    description: z.string(),
    leadId: z.uuid().nullable(),
    archived: z.boolean(),
    /** The caller's own role in the project; null for an admin who is not a member. */
    myRole: projectRoleSchema.nullable(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Project' });
export type Project = z.infer<typeof projectSchema>;

const nameSchema = z.string().trim().min(1, 'Name is required').max(120);
const descriptionSchema = z.string().max(10_000);

export const createProjectInput = z.object({
  key: projectKeySchema,
  name: nameSchema,
  description: descriptionSchema.default(''),
  leadId: z.uuid().optional().describe('Defaults to the creator'),
});
export type CreateProjectInput = z.infer<typeof createProjectInput>;

export const projectKeyInput = z.object({ key: projectKeySchema });

export const updateProjectInput = z.object({
  key: projectKeySchema,
  name: nameSchema.optional(),
  description: descriptionSchema.optional(),
  leadId: z.uuid().optional(),
});
export type UpdateProjectInput = z.infer<typeof updateProjectInput>;

export const memberSchema = z
  .object({
    userId: z.uuid(),
    name: z.string(),
    email: z.string(),
    role: projectRoleSchema,
    createdAt: z.date(),
  })
  .meta({ id: 'ProjectMember' });
export type Member = z.infer<typeof memberSchema>;

export const addMemberInput = z.object({
  key: projectKeySchema,
  userId: z.uuid(),
  role: projectRoleSchema.default('member'),
});
export const updateMemberInput = z.object({ key: projectKeySchema, userId: z.uuid(), role: projectRoleSchema });
export const removeMemberInput = z.object({ key: projectKeySchema, userId: z.uuid() });
