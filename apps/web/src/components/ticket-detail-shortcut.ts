import { useEffect, useRef } from 'react';
import { isTyping } from './shortcuts.tsx';

/** The page's `e`: edit (the title). Ignored while typing, with a modifier, or under a dialog. */
export function useEditShortcut(edit: () => void) {
  const latest = useRef(edit);
  latest.current = edit;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'e' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event)) return;
      if (document.querySelector('[role="dialog"]')) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
