import type { Transaction } from '@ticketing/db/client';
import { users } from '@ticketing/db/schema';
import { and, asc, eq } from 'drizzle-orm';
import { DomainError } from '../errors.ts';

/**
 * Refuses to leave the system without an active admin. Locks every active admin row, in id order,
 * so two admins demoting each other at once are serialised and the second sees the first's change.
 */
export async function assertAnotherActiveAdmin(tx: Transaction, userId: string): Promise<void> {
  const admins = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.active, true)))
    .orderBy(asc(users.id))
    .for('update');
  if (!admins.some((admin) => admin.id !== userId)) {
    throw new DomainError('E_CONFLICT', 'The last active admin cannot be demoted or deactivated', { userId });
  }
}
