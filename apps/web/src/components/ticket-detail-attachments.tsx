import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@ticketing/client/react';
import type { Attachment } from '@ticketing/client/upload-attachment';
import { type DragEvent, useState } from 'react';
import { filesOf, UploadProgress, useAttachmentUploads } from './attachment-uploads.tsx';
import { ConfirmButton } from './ui/confirm-button.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';
import { Empty, Loading } from './ui/states.tsx';

const units = ['bytes', 'KB', 'MB', 'GB'];
export function formatSize(size: number): string {
  let value = size;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${size} bytes` : `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

function AttachmentItem(props: { attachment: Attachment; canDelete: boolean }) {
  const { attachment } = props;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const remove = useMutation(
    trpc.attachments.delete.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.attachments.list.queryFilter({ key: attachment.ticketKey })),
    }),
  );
  return (
    <li className="flex items-center gap-3 rounded border border-slate-200 bg-white p-2">
      {attachment.thumbnailUrl ? (
        <img src={attachment.thumbnailUrl} alt="" className="h-12 w-16 rounded object-cover" />
      ) : (
        <span aria-hidden="true" className="flex h-12 w-16 items-center justify-center rounded bg-slate-100 text-xs">
          {attachment.fileName.split('.').at(-1)?.slice(0, 4).toUpperCase() || 'FILE'}
        </span>
      )}
      <div className="flex min-w-0 flex-1 flex-col">
        <a
          href={attachment.downloadUrl ?? undefined}
          className="truncate text-sm text-indigo-800 underline"
          {...(attachment.inline
            ? { target: '_blank', rel: 'noopener noreferrer' }
            : { download: attachment.fileName })}
        >
          {attachment.fileName}
        </a>
        <span className="text-xs text-slate-600">
          {formatSize(attachment.size)} · {attachment.uploader.name}
        </span>
        {remove.error && <ProblemNotice error={remove.error} />}
      </div>
      {props.canDelete && (
        <ConfirmButton
          variant="ghost"
          aria-label={`Delete ${attachment.fileName}`}
          title={`Delete ${attachment.fileName}?`}
          description="It disappears from the ticket; the history keeps a record that it was there."
          confirmLabel="Delete"
          disabled={remove.isPending}
          onConfirm={() => remove.mutate({ id: attachment.id })}
        >
          Delete
        </ConfirmButton>
      )}
    </li>
  );
}

/**
 * The ticket's files: a list with thumbnails, download and delete, and a drop zone that also takes a
 * paste or a file chooser. Download URLs expire after minutes, so the list refreshes itself.
 */
export function AttachmentsSection(props: {
  ticketKey: string;
  attachments: { data: Attachment[] | undefined; error: unknown; isPending: boolean; refetch(): unknown };
  userId: string | undefined;
  canAttach: boolean;
  canModerate: boolean;
}) {
  const { uploads, start, dismiss } = useAttachmentUploads(props.ticketKey);
  const [dragging, setDragging] = useState(false);
  const list = props.attachments;
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void start(filesOf(event.dataTransfer));
  };
  return (
    <section aria-labelledby="ticket-attachments-heading" className="flex flex-col gap-2">
      <h2 id="ticket-attachments-heading" className="text-sm font-semibold text-slate-800">
        Attachments
      </h2>
      {list.isPending ? (
        <Loading what="attachments" />
      ) : list.error ? (
        <ProblemNotice error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data?.length === 0 ? (
        <Empty>No files attached.</Empty>
      ) : (
        <ul className="flex flex-col gap-2">
          {list.data?.map((attachment) => (
            <AttachmentItem
              key={attachment.id}
              attachment={attachment}
              canDelete={props.canModerate || (props.canAttach && attachment.uploader.id === props.userId)}
            />
          ))}
        </ul>
      )}
      {props.canAttach && (
        // biome-ignore lint/a11y/noStaticElementInteractions: the drop target; the file chooser inside is the keyboard way.
        <div
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          onPaste={(event) => {
            const files = filesOf(event.clipboardData);
            if (files.length > 0) {
              event.preventDefault();
              void start(files);
            }
          }}
          className={`flex flex-wrap items-center gap-2 rounded border-2 border-dashed p-3 text-sm text-slate-700 ${dragging ? 'border-indigo-700 bg-indigo-50' : 'border-slate-300'}`}
        >
          <span>Drop files here, paste them, or</span>
          <label className="cursor-pointer text-indigo-800 underline focus-within:outline-2 focus-within:outline-indigo-700">
            choose files
            <input
              type="file"
              multiple
              aria-label="Attach files"
              className="sr-only"
              onChange={(event) => {
                const files = [...(event.target.files ?? [])];
                event.target.value = '';
                void start(files);
              }}
            />
          </label>
        </div>
      )}
      <UploadProgress uploads={uploads} onDismiss={dismiss} />
    </section>
  );
}
