import { savedViews } from '@ticketing/db/schema';
import { eq } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { forbidden } from '../errors.ts';
import type { UpdateViewInput, View } from './schemas.ts';
import { canEdit, toView, viewAccess } from './view-access.ts';
import { assertValidViewQuery } from './view-query.ts';

export async function updateView(deps: Deps, actor: Actor, input: UpdateViewInput): Promise<View> {
  const row = await viewAccess(deps.db, actor, input.id);
  if (!canEdit(actor, row))
    throw forbidden('Only its owner changes a personal view; a shared one, whoever runs the project');
  assertValidViewQuery(input.query);
  const { id, ...changes } = input;
  const patch = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  if (Object.keys(patch).length > 0) await deps.db.update(savedViews).set(patch).where(eq(savedViews.id, id));
  return toView(actor, await viewAccess(deps.db, actor, id));
}
