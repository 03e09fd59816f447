import { Dialog as Primitive } from 'radix-ui';
import type { ReactNode } from 'react';

/** A modal dialog: focus trapped inside, Escape closes, the title names it for screen readers. */
export function Dialog(props: {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: string;
  description?: string;
  children: ReactNode;
}) {
  return (
    <Primitive.Root open={props.open} onOpenChange={props.onOpenChange}>
      <Primitive.Portal>
        <Primitive.Overlay className="fixed inset-0 bg-slate-900/40" />
        <Primitive.Content
          className="fixed top-1/2 left-1/2 max-h-[90vh] w-[min(40rem,95vw)] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white p-5 shadow-xl"
          {...(props.description ? {} : { 'aria-describedby': undefined })}
        >
          <Primitive.Title className="mb-3 text-lg font-semibold text-slate-900">{props.title}</Primitive.Title>
          {props.description && (
            <Primitive.Description className="mb-3 text-sm text-slate-700">{props.description}</Primitive.Description>
          )}
          {props.children}
        </Primitive.Content>
      </Primitive.Portal>
    </Primitive.Root>
  );
}
