import { router } from '../../trpc.ts';
import { create } from './create.ts';
import { deleteView } from './delete.ts';
import { list } from './list.ts';
import { update } from './update.ts';

export const viewsRouter = router({ list, create, update, delete: deleteView });
