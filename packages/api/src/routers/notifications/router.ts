import { router } from '../../trpc.ts';
import { list } from './list.ts';
import { markRead } from './mark-read.ts';
import { unreadCount } from './unread-count.ts';

export const notificationsRouter = router({ list, markRead, unreadCount });
