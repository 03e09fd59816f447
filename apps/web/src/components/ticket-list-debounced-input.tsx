import { type InputHTMLAttributes, useEffect, useRef, useState } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'defaultValue'> & {
  value: string | undefined;
  onCommit(value: string): void;
  delayMs?: number;
};

/**
 * A text box whose value reaches the URL (and so the API) once typing pauses, or at once on Enter: one
 * request per search, not one per key.
 */
export function TicketListDebouncedInput({ value, onCommit, delayMs = 300, onKeyDown, ...input }: Props) {
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

  return (
    <input
      {...input}
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
}
