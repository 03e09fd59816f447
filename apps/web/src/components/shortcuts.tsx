import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { Dialog } from './ui/dialog.tsx';

/** Every keyboard shortcut, for the `?` dialog; pages handle their own (j, k, x, e) in their lists. */
export const shortcuts = [
  ['/', 'Search tickets'],
  ['c', 'Create a ticket'],
  ['j / k', 'Next / previous ticket in a list'],
  ['x', 'Select the ticket in focus'],
  ['e', 'Edit the ticket in focus'],
  ['g then i', 'Go to the inbox'],
  ['g then b', 'Go to the board'],
  ['g then r', 'Go to reports'],
  ['Ctrl/⌘ K', 'Command palette'],
  ['?', 'This list'],
] as const;

/** Typing in a field is typing, not a shortcut. */
export function isTyping(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  return !!target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** The app-wide shortcuts. `/` focuses the element with id `ticket-search`, or goes to the list. */
export function useGlobalShortcuts(actions: { create(): void; palette(): void; help(): void }) {
  const navigate = useNavigate();
  const pendingG = useRef(0);
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        latest.current.palette();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event)) return;
      if (document.querySelector('[role="dialog"]')) return;
      const afterG = Date.now() - pendingG.current < 1_000;
      pendingG.current = 0;
      if (afterG) {
        const to = { i: '/inbox', b: '/board', r: '/reports' } as const;
        const target = to[event.key as keyof typeof to];
        if (target) {
          event.preventDefault();
          void navigate({ to: target });
        }
        return;
      }
      if (event.key === 'g') pendingG.current = Date.now();
      else if (event.key === 'c') {
        event.preventDefault();
        latest.current.create();
      } else if (event.key === '?') latest.current.help();
      else if (event.key === '/') {
        event.preventDefault();
        const search = document.getElementById('ticket-search');
        if (search) search.focus();
        else void navigate({ to: '/tickets' });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);
}

export function ShortcutsDialog(props: { open: boolean; onOpenChange(open: boolean): void }) {
  return (
    <Dialog open={props.open} onOpenChange={props.onOpenChange} title="Keyboard shortcuts">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {shortcuts.map(([keys, what]) => (
          <div key={keys} className="contents">
            <dt>
              <kbd className="rounded border border-slate-300 bg-slate-50 px-1 font-mono">{keys}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
