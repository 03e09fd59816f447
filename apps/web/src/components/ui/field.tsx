import { type ReactElement, useId } from 'react';

/**
 * A labelled control with the API's words for what is wrong with it, tied together for assistive
 * technology (label, aria-invalid, aria-describedby).
 */
export function Field(props: {
  label: string;
  errors?: string[] | undefined;
  children: (control: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactElement;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const errors = props.errors ?? [];
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {props.label}
      </label>
      {props.children({
        id,
        'aria-invalid': errors.length > 0,
        ...(errors.length > 0 ? { 'aria-describedby': errorId } : {}),
      })}
      {errors.length > 0 && (
        <p id={errorId} className="text-sm text-red-800">
          {errors.join(' ')}
        </p>
      )}
    </div>
  );
}

export const inputClass =
  'rounded border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900 aria-[invalid=true]:border-red-700';
