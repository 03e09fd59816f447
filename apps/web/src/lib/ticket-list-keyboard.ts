import { useEffect, useRef } from 'react';
import { isTyping } from '../components/shortcuts.tsx';

/** A row's checkbox takes no typing, so j/k/x keep working after one is clicked. */
const onCheckbox = (event: KeyboardEvent) =>
  event.target instanceof HTMLInputElement && event.target.type === 'checkbox';

export interface ListKeyboardActions {
  count: number;
  focus: number;
  /** Moves the highlight to row `index` and puts keyboard focus on that row's link. */
  moveTo(index: number): void;
  toggle(index: number): void;
  open(index: number): void;
}

/**
 * The list's own keys: `j`/`k` move through the rows, `x` selects the row in focus, `e` (or Enter
 * when nothing else has focus) opens it. Keys typed into a field, with a modifier, or while a dialog
 * or panel is open are left alone.
 */
export function useTicketListKeyboard(actions: ListKeyboardActions) {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || (isTyping(event) && !onCheckbox(event))) return;
      if (document.querySelector('[role="dialog"]')) return;
      const { count, focus, moveTo, toggle, open } = latest.current;
      if (count === 0) return;
      const current = Math.min(focus, count - 1);
      if (event.key === 'j') {
        event.preventDefault();
        moveTo(Math.min(count - 1, current + 1));
      } else if (event.key === 'k') {
        event.preventDefault();
        moveTo(Math.max(0, current - 1));
      } else if (current < 0) {
        // No row in focus yet: x, e and Enter have nothing to act on.
      } else if (event.key === 'x') {
        event.preventDefault();
        toggle(current);
      } else if (event.key === 'e' || (event.key === 'Enter' && event.target === document.body)) {
        // Enter on a focused link, button or checkbox does that control's own thing.
        event.preventDefault();
        open(current);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
