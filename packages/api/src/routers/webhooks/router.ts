import { router } from '../../trpc.ts';
import { create } from './create.ts';
import { deleteWebhook } from './delete.ts';
import { get } from './get.ts';
import { list } from './list.ts';
import { listDeliveries } from './list-deliveries.ts';
import { redeliver } from './redeliver.ts';
import { rotateSecret } from './rotate-secret.ts';
import { test } from './test.ts';
import { update } from './update.ts';

export const webhooksRouter = router({
  list,
  get,
  create,
  update,
  delete: deleteWebhook,
  test,
  rotateSecret,
  deliveries: router({ list: listDeliveries, redeliver }),
});
