import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@ticketing/client/react';
import type { RouterOutputs } from '@ticketing/client/types';
import { type FormEvent, useId, useState } from 'react';
import { attachmentReference } from '../lib/attachment-links.ts';
import { filesOf, UploadProgress, useAttachmentUploads } from './attachment-uploads.tsx';
import { CommentItem } from './ticket-detail-comment.tsx';
import { MentionInput } from './ticket-detail-mention-input.tsx';
import { Button } from './ui/button.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';
import { Empty, Loading } from './ui/states.tsx';

type Member = RouterOutputs['projects']['members']['list'][number];

/** The comments, oldest first, and a form to add one (with @mentions of the project's members). */
export function CommentsSection(props: {
  ticketKey: string;
  userId: string | undefined;
  canComment: boolean;
  canModerate: boolean;
  members: readonly Member[];
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [body, setBody] = useState('');
  const input = { key: props.ticketKey, limit: 50 };
  const comments = useInfiniteQuery(
    trpc.tickets.comments.list.infiniteQueryOptions(input, { getNextPageParam: (page) => page.nextCursor }),
  );
  const add = useMutation(
    trpc.tickets.comments.add.mutationOptions({
      onSuccess: () => {
        setBody('');
        void queryClient.invalidateQueries(trpc.tickets.comments.list.infiniteQueryFilter({ key: props.ticketKey }));
        void queryClient.invalidateQueries(trpc.tickets.history.queryFilter({ key: props.ticketKey }));
      },
    }),
  );
  const { uploads, start, dismiss } = useAttachmentUploads(props.ticketKey);
  // A file dropped or pasted into the comment is attached to the ticket and referred to in the text.
  const attachFiles = async (files: File[]) => {
    const added = await start(files);
    if (added.length === 0) return;
    const references = added.map((file) => attachmentReference(file.id, file.fileName, file.inline));
    setBody((text) => `${text}${text && !text.endsWith('\n') ? '\n' : ''}${references.join('\n')}\n`);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim()) add.mutate({ key: props.ticketKey, body });
  };
  const items = comments.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section aria-labelledby="ticket-comments-heading" className="flex flex-col gap-3">
      <h2 id="ticket-comments-heading" className="text-sm font-semibold text-slate-800">
        Comments
      </h2>
      {comments.isPending ? (
        <Loading what="comments" />
      ) : !comments.data ? (
        <ProblemNotice error={comments.error} onRetry={() => void comments.refetch()} />
      ) : items.length === 0 ? (
        <Empty>No comments yet.</Empty>
      ) : (
        <ul className="flex flex-col gap-2">
          {items.map((comment) => (
            <CommentItem
              key={comment.id}
              comment={comment}
              own={comment.author.id === props.userId}
              canModerate={props.canModerate}
              members={props.members}
            />
          ))}
        </ul>
      )}
      {comments.hasNextPage && (
        <div>
          <Button onClick={() => void comments.fetchNextPage()} disabled={comments.isFetchingNextPage}>
            {comments.isFetchingNextPage ? 'Loading…' : 'Show more comments'}
          </Button>
        </div>
      )}
      {comments.isFetchNextPageError && <ProblemNotice error={comments.error} />}
      {props.canComment && (
        <form onSubmit={submit} className="flex flex-col gap-2">
          <label htmlFor={id} className="text-sm font-medium text-slate-800">
            Add a comment
          </label>
          <MentionInput
            id={id}
            value={body}
            onChange={setBody}
            members={props.members}
            aria-invalid={add.error !== null}
            onPaste={(event) => {
              const files = filesOf(event.clipboardData);
              if (files.length === 0) return;
              event.preventDefault();
              void attachFiles(files);
            }}
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => {
              const files = filesOf(event.dataTransfer);
              if (files.length === 0) return;
              event.preventDefault();
              void attachFiles(files);
            }}
            {...(add.error ? { 'aria-describedby': `${id}-error` } : {})}
          />
          <p className="text-xs text-slate-600">
            Markdown. Type @ to mention a member of the project; drop or paste a file to attach it here.
          </p>
          <UploadProgress uploads={uploads} onDismiss={dismiss} />
          {add.error && (
            <div id={`${id}-error`}>
              <ProblemNotice error={add.error} />
            </div>
          )}
          <div>
            <Button type="submit" variant="primary" disabled={add.isPending || body.trim() === ''}>
              {add.isPending ? 'Posting…' : 'Comment'}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
