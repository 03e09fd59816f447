import type { Ticket } from '@ticketing/client/types';
import { type FormEvent, type ReactElement, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { conflictOf } from './conflict-details.ts';
import type { ConflictHandler } from './ticket-detail-writes.ts';
import { Button } from './ui/button.tsx';
import { ProblemNotice } from './ui/problem-notice.tsx';

export interface ControlProps<T> {
  id: string;
  value: T;
  onChange(value: T): void;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
}

export interface InlineEditProps<T> {
  /** The field's name: the label of its control and of its Edit button. */
  label: string;
  ticket: Ticket;
  read(ticket: Ticket): T;
  same?(a: T, b: T): boolean;
  /** Sends the value with the version read when editing began; throws what the API answered. */
  save(value: T, version: number): Promise<unknown>;
  view: ReactNode;
  control(props: ControlProps<T>): ReactElement;
  /** A group of controls (checkboxes) is named by a legend, not a label. */
  group?: boolean;
  /** Each change of this number starts editing (the `e` shortcut for the title). */
  editRequest?: number;
  canEdit: boolean;
  onConflict: ConflictHandler;
  onEditingChange?(editing: boolean): void;
  className?: string;
}

/**
 * A ticket field shown as a value with an Edit button, edited in place. Editing remembers the
 * version it started from and saves with it, so a change made meanwhile by someone else is a 409
 * (the conflict dialog), never overwritten. Escape cancels; focus returns to the Edit button.
 */
export function InlineEdit<T>(props: InlineEditProps<T>) {
  const [session, setSession] = useState<{ draft: T; version: number } | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [saving, setSaving] = useState(false);
  const id = useId();
  const errorId = `${id}-error`;
  const editor = useRef<HTMLFormElement>(null);
  // The Button primitive takes no ref: its wrapper finds it.
  const viewer = useRef<HTMLDivElement>(null);
  const wasEditing = useRef(false);
  const { ticket, read, canEdit } = props;

  const start = () => {
    setError(undefined);
    setSession({ draft: read(ticket), version: ticket.version });
  };
  const stop = () => {
    setSession(null);
    setError(undefined);
  };

  // Only a new request starts editing: a refetched ticket must not reopen a closed editor.
  useEffect(() => {
    if (props.editRequest && canEdit)
      setSession((current) => current ?? { draft: read(ticket), version: ticket.version });
  }, [props.editRequest]);

  const editing = session !== null;
  const { onEditingChange } = props;
  useEffect(() => onEditingChange?.(editing), [editing, onEditingChange]);
  useEffect(() => {
    if (editing) editor.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
    else if (wasEditing.current) viewer.current?.querySelector<HTMLElement>('button[data-edit]')?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!session) return;
    const same = props.same ?? Object.is;
    if (same(session.draft, read(ticket)) && session.version === ticket.version) return stop();
    setSaving(true);
    setError(undefined);
    try {
      await props.save(session.draft, session.version);
      stop();
    } catch (failure) {
      const conflict = conflictOf(failure, ticket.key);
      if (conflict) props.onConflict(conflict, stop);
      else setError(failure);
    } finally {
      setSaving(false);
    }
  };

  if (!session) {
    return (
      <div ref={viewer} className={`group flex items-start gap-2 ${props.className ?? ''}`}>
        <div className="min-w-0 flex-1">{props.view}</div>
        {canEdit && (
          <Button data-edit variant="ghost" className="shrink-0 px-2 py-0.5 text-xs" onClick={start}>
            Edit<span className="sr-only"> {props.label.toLowerCase()}</span>
          </Button>
        )}
      </div>
    );
  }

  const invalid = error !== undefined;
  const control = props.control({
    id,
    value: session.draft,
    onChange: (draft) => setSession({ ...session, draft }),
    'aria-invalid': invalid,
    ...(invalid ? { 'aria-describedby': errorId } : {}),
  });
  const Wrapper = props.group ? 'fieldset' : 'div';
  return (
    <form
      ref={editor}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          stop();
        }
      }}
      className={`flex flex-col gap-2 ${props.className ?? ''}`}
    >
      <Wrapper className="flex flex-col gap-1">
        {props.group ? (
          <legend className="text-sm font-medium text-slate-800">{props.label}</legend>
        ) : (
          <label htmlFor={id} className="text-sm font-medium text-slate-800">
            {props.label}
          </label>
        )}
        {control}
      </Wrapper>
      {invalid && (
        <div id={errorId}>
          <ProblemNotice error={error} />
        </div>
      )}
      <div className="flex gap-2">
        <Button type="submit" variant="primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </Button>
        <Button onClick={stop} disabled={saving}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
