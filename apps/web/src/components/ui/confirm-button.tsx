import { useState } from 'react';
import { Button, type ButtonProps } from './button.tsx';
import { Dialog } from './dialog.tsx';

/**
 * A button for something that cannot be undone (or not easily): it asks first, in a dialog that
 * says what will happen. The outcome and any error are shown by the caller, next to the object.
 */
export function ConfirmButton(props: {
  children: string;
  title: string;
  description: string;
  confirmLabel: string;
  onConfirm(): void;
  disabled?: boolean;
  variant?: ButtonProps['variant'];
  'aria-label'?: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant={props.variant ?? 'secondary'}
        disabled={props.disabled}
        aria-label={props['aria-label']}
        onClick={() => setOpen(true)}
      >
        {props.children}
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title={props.title} description={props.description}>
        <div className="flex justify-end gap-2">
          <Button onClick={() => setOpen(false)}>Cancel</Button>
          <Button
            variant="danger"
            onClick={() => {
              setOpen(false);
              props.onConfirm();
            }}
          >
            {props.confirmLabel}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
