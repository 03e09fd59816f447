import { useQueryClient } from '@tanstack/react-query';
import { problemOf } from '@ticketing/client/errors';
import { useTRPC, useTRPCClient } from '@ticketing/client/react';
import { type Attachment, UploadError, uploadAttachment } from '@ticketing/client/upload-attachment';
import { useState } from 'react';

interface Upload {
  id: number;
  name: string;
  loaded: number;
  total: number;
  error?: string;
}

let nextId = 0;

/** The files of a paste or a drop (a paste of text has none). */
export function filesOf(data: DataTransfer | null): File[] {
  return data ? [...data.files] : [];
}

/**
 * Uploads files to a ticket one after another (create → PUT straight to storage → complete), keeping
 * each one's progress and, when it fails, the reason in words; the ticket's attachments refresh after.
 */
export function useAttachmentUploads(ticketKey: string) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const change = (id: number, patch: Partial<Upload>) =>
    setUploads((current) => current.map((upload) => (upload.id === id ? { ...upload, ...patch } : upload)));

  async function start(files: readonly File[]): Promise<Attachment[]> {
    const done: Attachment[] = [];
    for (const file of files) {
      const id = ++nextId;
      setUploads((current) => [...current, { id, name: file.name, loaded: 0, total: file.size }]);
      try {
        done.push(await uploadAttachment(client, ticketKey, file, { onProgress: (loaded) => change(id, { loaded }) }));
        setUploads((current) => current.filter((upload) => upload.id !== id));
      } catch (error) {
        const reason = error instanceof UploadError ? error.message : problemOf(error).message;
        const fields = error instanceof UploadError ? [] : Object.values(problemOf(error).fields).flat();
        change(id, { error: [reason, ...fields].join(' ') });
      }
    }
    await queryClient.invalidateQueries(trpc.attachments.list.queryFilter({ key: ticketKey }));
    return done;
  }
  const dismiss = (id: number) => setUploads((current) => current.filter((upload) => upload.id !== id));
  return { uploads, start, dismiss };
}

/** Each upload under way with its progress bar, or what went wrong with it. */
export function UploadProgress({
  uploads,
  onDismiss,
}: {
  uploads: ReturnType<typeof useAttachmentUploads>['uploads'];
  onDismiss(id: number): void;
}) {
  if (uploads.length === 0) return null;
  return (
    <ul className="flex flex-col gap-1 text-sm" aria-label="Uploads">
      {uploads.map((upload) => (
        <li key={upload.id} className="flex flex-col gap-1">
          {upload.error ? (
            <p role="alert" className="flex items-center gap-2 text-red-800">
              <span>
                {upload.name}: {upload.error}
              </span>
              <button type="button" className="underline" onClick={() => onDismiss(upload.id)}>
                Dismiss
              </button>
            </p>
          ) : (
            <label className="flex items-center gap-2 text-slate-700">
              <span className="truncate">Uploading {upload.name}</span>
              <progress max={upload.total} value={upload.loaded} className="w-40" />
            </label>
          )}
        </li>
      ))}
    </ul>
  );
}
