import type { TicketPriority } from '@ticketing/client/types';
import { useId } from 'react';
import {
  type PolicyFieldErrors,
  type SlaPolicyDraft,
  type TargetDraft,
  type TargetField,
  type TimeUnit,
  targetFields,
} from '../lib/sla-policy-draft.ts';
import { priorities, priorityNames } from '../lib/ticket-list-vocabulary.ts';
import { inputClass } from './ui/field.tsx';

const fieldNames: Record<TargetField, string> = {
  firstResponseMinutes: 'First response',
  resolutionMinutes: 'Resolution',
};

/** One target: an amount and its unit, labelled for assistive technology by priority and kind. */
function TargetInput(props: {
  label: string;
  value: TargetDraft;
  errors: string[] | undefined;
  onChange(value: TargetDraft): void;
}) {
  const errorId = useId();
  const invalid = (props.errors?.length ?? 0) > 0;
  return (
    <div className="flex flex-col gap-1">
      <div className="flex gap-1">
        <input
          type="number"
          min={0}
          step="any"
          inputMode="decimal"
          aria-label={props.label}
          aria-invalid={invalid}
          {...(invalid ? { 'aria-describedby': errorId } : {})}
          placeholder="None"
          className={`${inputClass} w-24`}
          value={props.value.amount}
          onChange={(event) => props.onChange({ ...props.value, amount: event.target.value })}
        />
        <select
          aria-label={`${props.label} unit`}
          className={inputClass}
          value={props.value.unit}
          onChange={(event) => props.onChange({ ...props.value, unit: event.target.value as TimeUnit })}
        >
          <option value="min">minutes</option>
          <option value="h">hours</option>
        </select>
      </div>
      {invalid && (
        <p id={errorId} className="text-sm text-red-800">
          {props.errors?.join(' ')}
        </p>
      )}
    </div>
  );
}

/** Targets by priority for the first response and the resolution; an empty amount sets none. */
export function SlaTargetsField(props: {
  targets: SlaPolicyDraft['targets'];
  errors: PolicyFieldErrors;
  onChange(targets: SlaPolicyDraft['targets']): void;
}) {
  const set = (priority: TicketPriority, field: TargetField, value: TargetDraft) =>
    props.onChange({ ...props.targets, [priority]: { ...props.targets[priority], [field]: value } });
  return (
    <table className="self-start text-left text-sm">
      <caption className="mb-1 text-left font-medium text-slate-800">Targets by priority</caption>
      <thead>
        <tr>
          <th scope="col" className="pr-4 font-medium">
            Priority
          </th>
          {targetFields.map((field) => (
            <th key={field} scope="col" className="pr-4 font-medium">
              {fieldNames[field]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {[...priorities].reverse().map((priority) => (
          <tr key={priority}>
            <th scope="row" className="pr-4 align-top font-normal">
              {priorityNames[priority]}
            </th>
            {targetFields.map((field) => (
              <td key={field} className="pr-4 pb-2 align-top">
                <TargetInput
                  label={`${priorityNames[priority]} ${fieldNames[field].toLowerCase()}`}
                  value={props.targets[priority][field]}
                  errors={props.errors[`targets.${priority}.${field}`]}
                  onChange={(value) => set(priority, field, value)}
                />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
