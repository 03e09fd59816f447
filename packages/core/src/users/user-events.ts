import type { UserRow } from '@ticketing/db/schema';
import type { NewEvent } from '../events/catalog.ts';

/** The event of a new account, whoever made it (an admin, the person signing up, the first start). */
export const userCreated = (user: UserRow): NewEvent => ({
  type: 'user.created',
  data: { userId: user.id, email: user.email, role: user.role, departmentId: user.departmentId },
});
