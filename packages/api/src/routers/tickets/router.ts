import { router } from '../../trpc.ts';
import { addComment } from './add-comment.ts';
import { assign } from './assign.ts';
import { bulkUpdate } from './bulk-update.ts';
import { create } from './create.ts';
import { deleteTicket } from './delete.ts';
import { deleteComment } from './delete-comment.ts';
import { editComment } from './edit-comment.ts';
import { get } from './get.ts';
import { history } from './history.ts';
import { list } from './list.ts';
import { listComments } from './list-comments.ts';
import { restore } from './restore.ts';
import { transition } from './transition.ts';
import { unwatch } from './unwatch.ts';
import { update } from './update.ts';
import { watch } from './watch.ts';
import { watching } from './watching.ts';

export const ticketsRouter = router({
  list,
  get,
  create,
  update,
  transition,
  assign,
  delete: deleteTicket,
  restore,
  history,
  watching,
  watch,
  unwatch,
  bulkUpdate,
  comments: router({ list: listComments, add: addComment, edit: editComment, delete: deleteComment }),
});
