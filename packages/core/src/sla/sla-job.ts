import type { Executor } from '@ticketing/db/client';
import { tickets } from '@ticketing/db/schema';
import { and, asc, eq, isNull, lte } from 'drizzle-orm';
import { z } from 'zod';
import { systemActor } from '../actor.ts';
import type { NewEvent } from '../events/catalog.ts';
import { recordEvents } from '../events/record-events.ts';
import { defineJob } from '../jobs/define-job.ts';
import type { SlaTargetKind } from './schemas.ts';

/** Tickets handled per transaction; a run takes batches until none is due. */
const BATCH = 500;
/** A run stops after this many batches; the next run goes on. */
const MAX_BATCHES = 20;

/**
 * Sends each ticket's SLA warnings and breaches that are due, once each: the ticket's flag is set in
 * the transaction that records its event, on rows locked with SKIP LOCKED, so two processes (or a
 * retried job) never send one twice, and a ticket being written is taken on the next run.
 */
/** Returns how many events it sent. */
export async function sendSlaEvents(db: Executor, now = new Date()): Promise<number> {
  let sent = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const count = await db.transaction(async (tx) => {
      const due = await tx
        .select({
          id: tickets.id,
          projectId: tickets.projectId,
          key: tickets.key,
          version: tickets.version,
          firstRespondedAt: tickets.firstRespondedAt,
          closedAt: tickets.closedAt,
          firstResponseDueAt: tickets.firstResponseDueAt,
          firstResponseWarnAt: tickets.firstResponseWarnAt,
          firstResponseWarned: tickets.firstResponseWarned,
          firstResponseBreached: tickets.firstResponseBreached,
          resolutionDueAt: tickets.resolutionDueAt,
          resolutionWarnAt: tickets.resolutionWarnAt,
          resolutionWarned: tickets.resolutionWarned,
          resolutionBreached: tickets.resolutionBreached,
        })
        .from(tickets)
        .where(and(lte(tickets.slaNextAt, now), isNull(tickets.deletedAt)))
        .orderBy(asc(tickets.slaNextAt))
        .limit(BATCH)
        .for('no key update', { skipLocked: true });
      const events: NewEvent[] = [];
      for (const ticket of due) {
        const flags: Partial<
          Record<'firstResponseWarned' | 'firstResponseBreached' | 'resolutionWarned' | 'resolutionBreached', true>
        > = {};
        const say = (type: 'sla.warning' | 'sla.breached', target: SlaTargetKind, dueAt: Date) =>
          events.push({
            type,
            projectId: ticket.projectId,
            ticketId: ticket.id,
            data: { key: ticket.key, version: ticket.version, target, dueAt: dueAt.toISOString() },
          });
        const {
          firstResponseDueAt: frDue,
          firstResponseWarnAt: frWarn,
          resolutionDueAt: rDue,
          resolutionWarnAt: rWarn,
        } = ticket;
        if (ticket.firstRespondedAt === null && frDue) {
          if (!ticket.firstResponseWarned && frWarn && frWarn <= now) {
            flags.firstResponseWarned = true;
            say('sla.warning', 'firstResponse', frDue);
          }
          if (!ticket.firstResponseBreached && frDue <= now) {
            flags.firstResponseBreached = true;
            say('sla.breached', 'firstResponse', frDue);
          }
        }
        if (ticket.closedAt === null && rDue) {
          if (!ticket.resolutionWarned && rWarn && rWarn <= now) {
            flags.resolutionWarned = true;
            say('sla.warning', 'resolution', rDue);
          }
          if (!ticket.resolutionBreached && rDue <= now) {
            flags.resolutionBreached = true;
            say('sla.breached', 'resolution', rDue);
          }
        }
        if (Object.keys(flags).length > 0) await tx.update(tickets).set(flags).where(eq(tickets.id, ticket.id));
      }
      await recordEvents(tx, systemActor('sla'), events);
      return { rows: due.length, events: events.length };
    });
    sent += count.events;
    if (count.rows < BATCH) break;
  }
  return sent;
}

/** Every 15 seconds: a warning or a breach is told at most that late. */
export const slaJob = defineJob({
  queue: 'sla.check',
  payload: z.object({}),
  maxAttempts: 3,
  timeoutMs: 60_000,
  handle: async (_payload, { deps }) => {
    await sendSlaEvents(deps.db);
  },
});
