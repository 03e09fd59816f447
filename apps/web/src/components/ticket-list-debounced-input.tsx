import { type InputHTMLAttributes, useEffect, useRef, useState } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'defaultValue'> & {
  value: string | undefined;
  onCommit(value: string): void;
  delayMs?: number;
  /** Completions of what is typed, each the whole new text (shown as buttons under the box). */
  suggest?(draft: string): string[];
};

/**
 * A text box whose value reaches the URL (and so the API) once typing pauses, or at once on Enter: one
 * request per search, not one per key.
 */
export function TicketListDebouncedInput({ value, onCommit, delayMs = 300, onKeyDown, suggest, ...input }: Props) {
  const box = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState(value ?? '');
  // What this box last sent: a URL change that differs came from elsewhere (Back, a link, "Clear").
  const committed = useRef(value ?? '');
  const commit = useRef(onCommit);
  commit.current = onCommit;

  useEffect(() => {
    const outside = value ?? '';
    if (outside !== committed.current) {
      committed.current = outside;
      setDraft(outside);
    }
  }, [value]);

  useEffect(() => {
    if (draft === committed.current) return;
    const timer = setTimeout(() => {
      committed.current = draft;
      commit.current(draft);
    }, delayMs);
    return () => clearTimeout(timer);
  }, [draft, delayMs]);

  const field = (
    <input
      {...input}
      ref={box}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={(event) => {
        onKeyDown?.(event);
        if (event.key === 'Enter' && draft !== committed.current) {
          event.preventDefault();
          committed.current = draft;
          commit.current(draft);
        }
      }}
    />
  );
  const suggestions = suggest?.(draft) ?? [];
  if (!suggest) return field;
  return (
    <div className="flex flex-col gap-1">
      {field}
      {suggestions.length > 0 && (
        <ul aria-label="Suggestions" className="flex flex-wrap gap-1">
          {suggestions.map((suggestion) => (
            <li key={suggestion}>
              <button
                type="button"
                className="rounded border border-slate-300 bg-white px-2 py-0.5 font-mono text-xs text-slate-800 hover:bg-slate-100"
                onClick={() => {
                  setDraft(suggestion);
                  box.current?.focus();
                }}
              >
                {suggestion.slice(suggestion.search(/\S*$/))}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
