import { router } from '../../trpc.ts';
import { aging } from './aging.ts';
import { breakdown } from './breakdown.ts';
import { createdVsResolved } from './created-vs-resolved.ts';
import { cycleTime } from './cycle-time.ts';
import { dashboard } from './dashboard.ts';
import { slaCompliance } from './sla-compliance.ts';
import { userActivity } from './user-activity.ts';

export const reportsRouter = router({
  dashboard,
  breakdown,
  createdVsResolved,
  cycleTime,
  aging,
  userActivity,
  slaCompliance,
});
