import type { Transaction } from '@ticketing/db/client';
import { rowsOf } from '@ticketing/db/rows';
import { sql } from 'drizzle-orm';

export interface MentionLookup {
  eventId: number;
  projectId: string;
  handles: readonly string[];
}

/**
 * The active project members each event's handles name (mentions.ts): the local part of their email
 * or their name without whitespace, case-insensitively, both sides lowered by PostgreSQL alike. One
 * statement for a whole batch. A handle that fits several members names each of them.
 */
export async function findMentioned(
  tx: Transaction,
  lookups: readonly MentionLookup[],
): Promise<Map<number, string[]>> {
  const wanted = lookups.flatMap(({ eventId, projectId, handles }) =>
    handles.map((handle) => ({ event_id: eventId, project_id: projectId, handle })),
  );
  const found = new Map<number, string[]>();
  if (wanted.length === 0) return found;
  const result = await tx.execute(sql`
    select distinct w.event_id::text as event_id, u.id as user_id
    from jsonb_to_recordset(${JSON.stringify(wanted)}::jsonb) as w(event_id bigint, project_id uuid, handle text)
    join project_members pm on pm.project_id = w.project_id
    join users u on u.id = pm.user_id and u.active
    where lower(w.handle) in (lower(split_part(u.email, '@', 1)), lower(regexp_replace(u.name, '[[:space:]]', '', 'g')))`);
  for (const row of rowsOf<{ event_id: string; user_id: string }>(result)) {
    const eventId = Number(row.event_id);
    found.set(eventId, [...(found.get(eventId) ?? []), row.user_id]);
  }
  return found;
}
