import { events, webhookDeliveries } from '@ticketing/db/schema';
import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../actor.ts';
import { isoDateTime } from '../date-range.ts';
import type { Deps } from '../deps.ts';
import type { EventType } from '../events/catalog.ts';
import { decodeCursor, pageOf } from '../pagination.ts';
import { uuidInput } from '../text.ts';
import type { DeliveryPage, ListDeliveriesInput } from './schemas.ts';
import { webhookAccess } from './webhook-access.ts';

const deliveryCursor = z.tuple([isoDateTime, uuidInput()]);

export const deliveryColumns = {
  id: webhookDeliveries.id,
  eventId: webhookDeliveries.eventId,
  eventType: events.type,
  state: webhookDeliveries.state,
  attempts: webhookDeliveries.attempts,
  responseStatus: webhookDeliveries.responseStatus,
  durationMs: webhookDeliveries.durationMs,
  error: webhookDeliveries.error,
  nextAttemptAt: webhookDeliveries.nextAttemptAt,
  lastAttemptAt: webhookDeliveries.lastAttemptAt,
  createdAt: webhookDeliveries.createdAt,
};

/** A webhook's deliveries, newest first, keyset-paginated (the (webhook, created_at, id) index). */
export async function listDeliveries(deps: Deps, actor: Actor, input: ListDeliveriesInput): Promise<DeliveryPage> {
  const { webhook } = await webhookAccess(deps.db, actor, input.id);
  const before = input.cursor ? decodeCursor(input.cursor, deliveryCursor) : undefined;
  const rows = await deps.db
    .select(deliveryColumns)
    .from(webhookDeliveries)
    .innerJoin(events, eq(events.id, webhookDeliveries.eventId))
    .where(
      and(
        eq(webhookDeliveries.webhookId, webhook.id),
        input.state ? eq(webhookDeliveries.state, input.state) : undefined,
        before
          ? sql`(${webhookDeliveries.createdAt}, ${webhookDeliveries.id}) < (${before[0]}::timestamptz, ${before[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(input.limit + 1);
  const page = pageOf(rows, input.limit, (row) => [row.createdAt.toISOString(), row.id]);
  return {
    items: page.items.map((row) => ({ ...row, eventType: row.eventType as EventType })),
    nextCursor: page.nextCursor,
  };
}
