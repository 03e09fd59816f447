import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@ticketing/client/react';
import type { RouterOutputs } from '@ticketing/client/types';
import { type FormEvent, useId, useState } from 'react';
import { MarkdownView } from './markdown-view.tsx';
import { MentionInput } from './ticket-detail-mention-input.tsx';
import { Button } from './ui/button.tsx';
import { Dialog } from './ui/dialog.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';

type Comment = RouterOutputs['tickets']['comments']['list']['items'][number];
type Member = RouterOutputs['projects']['members']['list'][number];

/**
 * One comment; its author may edit it in place, and its author or a moderator (the project's lead,
 * a manager in it, an admin) may delete it after confirming.
 */
export function CommentItem(props: {
  comment: Comment;
  own: boolean;
  canModerate: boolean;
  members: readonly Member[];
}) {
  const { comment } = props;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const refresh = () => {
    void queryClient.invalidateQueries(trpc.tickets.comments.list.infiniteQueryFilter({ key: comment.ticketKey }));
    void queryClient.invalidateQueries(trpc.tickets.history.queryFilter({ key: comment.ticketKey }));
  };
  const edit = useMutation(trpc.tickets.comments.edit.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.tickets.comments.delete.mutationOptions({ onSuccess: refresh }));

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (draft === null) return;
    if (draft.trim() === comment.body) return setDraft(null);
    edit.mutate({ key: comment.ticketKey, commentId: comment.id, body: draft }, { onSuccess: () => setDraft(null) });
  };

  return (
    <li className="rounded border border-slate-200 bg-white p-3">
      <p className="mb-1 text-xs text-slate-600">
        <span className="font-medium text-slate-900">{comment.author.name}</span>{' '}
        <time dateTime={comment.createdAt.toISOString()}>{comment.createdAt.toLocaleString()}</time>
        {comment.edited && ' (edited)'}
      </p>
      {draft === null ? (
        <MarkdownView markdown={comment.body} />
      ) : (
        <form onSubmit={save} className="flex flex-col gap-2">
          <label htmlFor={id} className="text-sm font-medium text-slate-800">
            Edit your comment
          </label>
          <MentionInput id={id} value={draft} onChange={setDraft} members={props.members} />
          {edit.error && <ProblemNotice error={edit.error} />}
          <div className="flex gap-2">
            <Button type="submit" variant="primary" disabled={edit.isPending || draft.trim() === ''}>
              {edit.isPending ? 'Saving…' : 'Save'}
            </Button>
            <Button onClick={() => setDraft(null)} disabled={edit.isPending}>
              Cancel
            </Button>
          </div>
        </form>
      )}
      {(props.own || props.canModerate) && draft === null && (
        <div className="mt-2 flex gap-2">
          {props.own && (
            <Button variant="ghost" className="px-2 py-0.5 text-xs" onClick={() => setDraft(comment.body)}>
              Edit<span className="sr-only"> your comment</span>
            </Button>
          )}
          <Button variant="ghost" className="px-2 py-0.5 text-xs" onClick={() => setConfirming(true)}>
            Delete
            <span className="sr-only">{props.own ? ' your comment' : ` the comment by ${comment.author.name}`}</span>
          </Button>
        </div>
      )}
      <Dialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Delete this comment?"
        description="It disappears from the ticket; the history keeps a record that it was deleted."
      >
        {remove.error && <ProblemNotice error={remove.error} />}
        <div className="mt-3 flex justify-end gap-2">
          <Button onClick={() => setConfirming(false)}>Keep it</Button>
          <Button
            variant="danger"
            disabled={remove.isPending}
            onClick={() =>
              remove.mutate(
                { key: comment.ticketKey, commentId: comment.id },
                { onSuccess: () => setConfirming(false) },
              )
            }
          >
            {remove.isPending ? 'Deleting…' : 'Delete'}
          </Button>
        </div>
      </Dialog>
    </li>
  );
}
