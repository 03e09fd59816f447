import { router } from '../../trpc.ts';
import { complete } from './complete.ts';
import { createUpload } from './create-upload.ts';
import { deleteAttachment } from './delete.ts';
import { get } from './get.ts';
import { list } from './list.ts';

export const attachmentsRouter = router({ createUpload, complete, list, get, delete: deleteAttachment });
