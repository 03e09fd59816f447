import { projectRoles } from '@ticketing/db/schema';
import { z } from 'zod';
import { projectPermissions } from '../permissions.ts';
import { safeText, uuidInput } from '../text.ts';

const PROJECT_KEY_MESSAGE = 'A project key is 2–10 letters or digits, starting with a letter (e.g. TSK)';
export const projectKeySchema = safeText({ max: 10, tooLong: PROJECT_KEY_MESSAGE, trim: true })
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9]{1,9}$/, PROJECT_KEY_MESSAGE);

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
    /** What the caller may do in the project (their project role widened by their global role). */
    myPermissions: z.array(z.enum(projectPermissions)),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Project' });
export type Project = z.infer<typeof projectSchema>;

const nameSchema = safeText({ max: 120, trim: true }).min(1, 'Name is required');
const descriptionSchema = safeText({ max: 10_000 });

export const createProjectInput = z.object({
  key: projectKeySchema,
  name: nameSchema,
  description: descriptionSchema.default(''),
  leadId: uuidInput().optional().describe('Defaults to the creator'),
});
export type CreateProjectInput = z.infer<typeof createProjectInput>;

export const projectKeyInput = z.object({ key: projectKeySchema });

export const updateProjectInput = z.object({
  key: projectKeySchema,
  name: nameSchema.optional(),
  description: descriptionSchema.optional(),
  leadId: uuidInput().optional(),
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
  userId: uuidInput(),
  role: projectRoleSchema.default('member'),
});
export const updateMemberInput = z.object({ key: projectKeySchema, userId: uuidInput(), role: projectRoleSchema });
export const removeMemberInput = z.object({ key: projectKeySchema, userId: uuidInput() });
