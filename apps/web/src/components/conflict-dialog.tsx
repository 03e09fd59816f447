import { fieldLabel } from './conflict-details.ts';
import { Button } from './ui/button.tsx';
import { Dialog } from './ui/dialog.tsx';

export interface ConflictDialogProps {
  open: boolean;
  ticketKey: string;
  /** The fields changed since the version you read (`details.changedFields` of the 409). */
  changedFields: readonly string[];
  /** The ticket's values now, by field, once refetched; null while they load. */
  current: Readonly<Record<string, string>> | null;
  /** Take the ticket as it is now and drop your change. */
  onReload(): void;
  /** Close without doing anything; your unsaved change stays where you typed it. */
  onCancel(): void;
}

/**
 * Shown when a write answered 409 E_CONFLICT: someone changed the ticket after you read it. Nothing
 * was saved, and nothing is retried behind your back: you choose to reload or to cancel.
 */
export function ConflictDialog(props: ConflictDialogProps) {
  return (
    <Dialog
      open={props.open}
      onOpenChange={(open) => {
        if (!open) props.onCancel();
      }}
      title={`${props.ticketKey} changed since you read it`}
      description="Someone else saved a change first, so yours was not saved and theirs was not overwritten."
    >
      {props.changedFields.length > 0 ? (
        <>
          <p className="text-sm font-medium text-slate-800">
            What changed{props.current ? ', and its value now' : ''}:
          </p>
          <dl
            className="mt-1 mb-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm"
            aria-busy={props.current === null}
          >
            {props.changedFields.map((field) => (
              <div key={field} className="contents" data-field={field}>
                <dt className="font-medium text-slate-900">{fieldLabel(field)}</dt>
                <dd className="break-words text-slate-700">
                  {props.current === null ? 'loading…' : (props.current[field] ?? 'changed')}
                </dd>
              </div>
            ))}
          </dl>
        </>
      ) : (
        <p className="mb-3 text-sm text-slate-700">The server did not say which fields changed.</p>
      )}
      <p className="mb-4 text-sm text-slate-700">
        Reload shows the ticket as it is now and drops your change. Cancel closes this and changes nothing; anything you
        typed stays on screen, unsaved.
      </p>
      <div className="flex justify-end gap-2">
        <Button onClick={props.onCancel}>Cancel</Button>
        <Button variant="primary" onClick={props.onReload}>
          Reload
        </Button>
      </div>
    </Dialog>
  );
}
