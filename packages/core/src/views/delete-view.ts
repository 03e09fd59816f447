import { savedViews } from '@ticketing/db/schema';
import { eq } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { forbidden } from '../errors.ts';
import { canEdit, viewAccess } from './view-access.ts';

export async function deleteView(deps: Deps, actor: Actor, input: { id: string }): Promise<void> {
  const row = await viewAccess(deps.db, actor, input.id);
  if (!canEdit(actor, row))
    throw forbidden('Only its owner deletes a personal view; a shared one, whoever runs the project');
  await deps.db.delete(savedViews).where(eq(savedViews.id, input.id));
}
