import type { RouterOutputs } from '@ticketing/client/types';
import {
  type ClipboardEventHandler,
  type DragEventHandler,
  type KeyboardEvent,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { insertMention, mentionAt, suggestMentions } from './ticket-detail-mentions.ts';
import { inputClass } from './ui/field.tsx';

type Member = RouterOutputs['projects']['members']['list'][number];

export interface MentionInputProps {
  id: string;
  value: string;
  onChange(value: string): void;
  members: readonly Member[];
  rows?: number;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  /** Files pasted or dropped into the text (a comment attaches them). */
  onPaste?: ClipboardEventHandler<HTMLTextAreaElement>;
  onDragOver?: DragEventHandler<HTMLTextAreaElement>;
  onDrop?: DragEventHandler<HTMLTextAreaElement>;
}

/**
 * A markdown textarea that offers the project's members while an `@handle` is typed. The
 * suggestions are buttons after the textarea: ArrowDown reaches them, Escape comes back.
 */
export function MentionInput({ members, onChange, rows = 4, ...props }: MentionInputProps) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const [caret, setCaret] = useState<number | null>(null);
  const placeCaret = useRef<number | null>(null);

  const typing = caret === null ? null : mentionAt(props.value, caret);
  const suggestions = typing ? suggestMentions(members, typing.query) : [];

  // After inserting a mention, the caret goes after it (the value has to be rendered first).
  useLayoutEffect(() => {
    const position = placeCaret.current;
    if (position === null || !textarea.current) return;
    placeCaret.current = null;
    textarea.current.focus();
    textarea.current.setSelectionRange(position, position);
  });

  const track = () => setCaret(textarea.current?.selectionStart ?? null);

  const choose = (handle: string) => {
    if (!typing || caret === null) return;
    const next = insertMention(props.value, typing.start, caret, handle);
    placeCaret.current = next.caret;
    setCaret(next.caret);
    onChange(next.text);
  };

  const focusSuggestion = (step: number) => {
    const buttons = [...(list.current?.querySelectorAll('button') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = buttons[index + step];
    if (next) next.focus();
    else if (step < 0) textarea.current?.focus();
  };

  const onTextKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' && suggestions.length > 0) {
      event.preventDefault();
      focusSuggestion(1);
    }
  };
  const onListKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      focusSuggestion(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setCaret(null);
      textarea.current?.focus();
    }
  };

  return (
    <div className="flex flex-col gap-1">
      <textarea
        {...props}
        ref={textarea}
        rows={rows}
        onChange={(event) => {
          onChange(event.target.value);
          setCaret(event.target.selectionStart);
        }}
        onSelect={track}
        onKeyDown={onTextKey}
        className={`${inputClass} focus-visible:outline-2 focus-visible:outline-indigo-600`}
      />
      <p className="sr-only" aria-live="polite">
        {suggestions.length > 0 ? `${suggestions.length} people match; press the down arrow to choose.` : ''}
      </p>
      {suggestions.length > 0 && (
        <ul
          ref={list}
          aria-label="People to mention"
          onKeyDown={onListKey}
          className="flex flex-wrap gap-1 rounded border border-slate-200 bg-white p-1"
        >
          {suggestions.map((suggestion) => (
            <li key={suggestion.userId}>
              <button
                type="button"
                onClick={() => choose(suggestion.handle)}
                className="rounded px-2 py-0.5 text-sm hover:bg-indigo-50 focus-visible:outline-2 focus-visible:outline-indigo-600"
              >
                @{suggestion.handle} <span className="text-xs text-slate-600">{suggestion.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
