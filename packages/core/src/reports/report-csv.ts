import type { z } from 'zod';
import type { Actor } from '../actor.ts';
import type { Deps } from '../deps.ts';
import { aging } from './aging.ts';
import { breakdown } from './breakdown.ts';
import { createdVsResolved } from './created-vs-resolved.ts';
import { cycleTime } from './cycle-time.ts';
import { dashboard } from './dashboard.ts';
import { reportTables, type Table } from './report-tables.ts';
import { breakdownInput, createdVsResolvedInput, reportInput } from './schemas.ts';
import { slaCompliance } from './sla-compliance.ts';
import { userActivity } from './user-activity.ts';

/** A report as a table: its input parsed by its own schema (a ZodError when it does not fit), run, tabulated. */
const asTable =
  <S extends z.ZodType, R>(
    schema: S,
    run: (deps: Deps, actor: Actor, input: z.output<S>) => Promise<R>,
    table: (report: R) => Table,
  ) =>
  async (deps: Deps, actor: Actor, params: unknown): Promise<Table> =>
    table(await run(deps, actor, schema.parse(params)));

/** Every report by its REST path segment, for `format=csv`. */
export const reportsAsTables: Record<string, (deps: Deps, actor: Actor, params: unknown) => Promise<Table>> = {
  dashboard: asTable(reportInput, dashboard, reportTables.dashboard),
  breakdown: asTable(breakdownInput, breakdown, reportTables.breakdown),
  'created-vs-resolved': asTable(createdVsResolvedInput, createdVsResolved, reportTables.createdVsResolved),
  'cycle-time': asTable(reportInput, cycleTime, reportTables.cycleTime),
  aging: asTable(reportInput, aging, reportTables.aging),
  'user-activity': asTable(reportInput, userActivity, reportTables.userActivity),
  'sla-compliance': asTable(reportInput, slaCompliance, reportTables.slaCompliance),
};
