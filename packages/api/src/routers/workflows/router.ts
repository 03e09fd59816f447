import { router } from '../../trpc.ts';
import { create } from './create.ts';
import { deleteWorkflow } from './delete.ts';
import { disable } from './disable.ts';
import { dryRun } from './dry-run.ts';
import { enable } from './enable.ts';
import { get } from './get.ts';
import { list } from './list.ts';
import { runs } from './runs.ts';
import { update } from './update.ts';

export const workflowsRouter = router({
  list,
  get,
  create,
  update,
  delete: deleteWorkflow,
  enable,
  disable,
  runs,
  dryRun,
});
