import { router } from '../../trpc.ts';
import { create } from './create.ts';
import { deactivate } from './deactivate.ts';
import { get } from './get.ts';
import { list } from './list.ts';
import { update } from './update.ts';

export const usersRouter = router({ list, get, create, update, deactivate });
