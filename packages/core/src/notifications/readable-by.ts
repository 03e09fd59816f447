import type { Executor } from '@ticketing/db/client';
import { rowsOf } from '@ticketing/db/rows';
import { sql } from 'drizzle-orm';

export interface Reader {
  projectId: string;
  userId: string;
}

export const readerKey = (reader: Reader) => `${reader.projectId}:${reader.userId}`;

/**
 * Which of these people may read the project now: active, and a member or an admin. A watcher who
 * left the project (their watch row stays) or was deactivated is not notified. One statement.
 */
export async function readableBy(tx: Executor, candidates: readonly Reader[]): Promise<Set<string>> {
  if (candidates.length === 0) return new Set();
  const distinct = new Map(candidates.map((reader) => [readerKey(reader), reader]));
  const wanted = [...distinct.values()].map((reader) => ({ project_id: reader.projectId, user_id: reader.userId }));
  const result = await tx.execute(sql`
    select distinct c.project_id, c.user_id
    from jsonb_to_recordset(${JSON.stringify(wanted)}::jsonb) as c(project_id uuid, user_id uuid)
    join users u on u.id = c.user_id and u.active
    where u.role = 'admin'
      or exists (select 1 from project_members pm where pm.project_id = c.project_id and pm.user_id = c.user_id)`);
  return new Set(
    rowsOf<{ project_id: string; user_id: string }>(result).map((row) =>
      readerKey({ projectId: row.project_id, userId: row.user_id }),
    ),
  );
}
