import { router } from '../../trpc.ts';
import { list } from './list.ts';
import { subscribe } from './subscribe.ts';

export const eventsRouter = router({ list, subscribe });
