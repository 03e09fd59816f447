import { Popover } from 'radix-ui';
import type { ReactNode } from 'react';

const triggerClass =
  'inline-flex items-center gap-1 rounded border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900 hover:bg-slate-50';

/**
 * A button that opens a small panel of controls (several statuses, the visible columns…). Radix keeps
 * focus inside while it is open, returns it to the button on Escape, and names the panel by the button.
 */
export function TicketListPopover(props: { label: ReactNode; children: ReactNode; className?: string }) {
  return (
    <Popover.Root>
      <Popover.Trigger className={props.className ?? triggerClass}>
        {props.label}
        <span aria-hidden="true">▾</span>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="start"
          sideOffset={4}
          className="z-20 max-h-80 min-w-48 overflow-y-auto rounded border border-slate-300 bg-white p-3 text-sm shadow-lg"
        >
          {props.children}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
