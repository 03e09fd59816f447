import { useEffect, useRef, useState } from 'react';
import { markOf, resultOf } from '../lib/ticket-list-set-edit.ts';
import { TicketListPopover } from './ticket-list-popover.tsx';
import { inputClass } from './ui/field.tsx';

function TriStateCheckbox(props: { label: string; mark: 'all' | 'some' | 'none'; onChange(on: boolean): void }) {
  const ref = useRef<HTMLInputElement>(null);
  // `indeterminate` has no attribute: set on the element, it shows a dash and reads as "mixed".
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = props.mark === 'some';
  }, [props.mark]);
  return (
    <label className="flex items-center gap-2">
      <input
        ref={ref}
        type="checkbox"
        checked={props.mark === 'all'}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      {props.label}
      {props.mark === 'some' && <span className="text-xs text-slate-600">(some)</span>}
    </label>
  );
}

/**
 * Add or remove values (assignees, labels) across the selected tickets: a checkbox per value, ticked
 * when every ticket has it and mixed when only some do; `allowNew` adds a box for a new value.
 */
export function TicketListSetEditor(props: {
  label: string;
  options: readonly { value: string; name: string }[];
  sets: readonly (readonly string[])[];
  edits: ReadonlyMap<string, boolean>;
  onEdits(edits: ReadonlyMap<string, boolean>): void;
  allowNew?: { label: string; maxLength: number };
}) {
  const [draft, setDraft] = useState('');
  const result = resultOf(props.sets, props.edits);
  const edit = (value: string, on: boolean) => props.onEdits(new Map(props.edits).set(value, on));
  const known = new Set(props.options.map((option) => option.value));
  const extra = [...new Set([...props.sets.flat(), ...props.edits.keys()])].filter((value) => !known.has(value));
  const options = [...props.options, ...extra.map((value) => ({ value, name: value }))];
  const addNew = () => {
    const value = draft.trim();
    if (value) edit(value, true);
    setDraft('');
  };
  return (
    <TicketListPopover label={`${props.label}${result.kind === 'unchanged' ? '' : ' (changed)'}`}>
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 font-medium">{props.label} of the selected tickets</legend>
        {options.length === 0 && <p className="text-slate-600">None yet.</p>}
        {options.map((option) => (
          <TriStateCheckbox
            key={option.value}
            label={option.name}
            mark={markOf(props.sets, props.edits, option.value)}
            onChange={(on) => edit(option.value, on)}
          />
        ))}
        {props.allowNew && (
          <div className="mt-2 flex gap-1">
            <input
              aria-label={props.allowNew.label}
              placeholder={props.allowNew.label}
              className={`${inputClass} w-36`}
              maxLength={props.allowNew.maxLength}
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  addNew();
                }
              }}
            />
            <button type="button" className="rounded border border-slate-400 px-2" onClick={addNew}>
              Add
            </button>
          </div>
        )}
        {props.edits.size > 0 && (
          <button
            type="button"
            className="mt-1 self-start text-indigo-800 underline"
            onClick={() => props.onEdits(new Map())}
          >
            Undo changes to {props.label.toLowerCase()}
          </button>
        )}
      </fieldset>
    </TicketListPopover>
  );
}
