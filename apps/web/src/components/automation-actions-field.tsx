import { useId, useState } from 'react';
import {
  type ActionDraft,
  type ActionType,
  actionDraft,
  actionTypeNames,
  actionTypes,
  errorsUnder,
  isActionType,
  moved,
  newAction,
} from '../lib/automation-rule.ts';
import { ActionForm } from './automation-action-form.tsx';
import type { RuleLookups } from './automation-lookups.ts';
import { Button } from './ui/button.tsx';
import { inputClass } from './ui/field.tsx';

/** The rule's actions, run in this order: each with its form, moved up or down, removed; new ones added at the end. */
export function ActionsField(props: {
  value: ActionDraft[];
  onChange(value: ActionDraft[]): void;
  errors: Record<string, string[]>;
  lookups: RuleLookups;
}) {
  const { value, onChange, errors, lookups } = props;
  const id = useId();
  const [adding, setAdding] = useState<ActionType>('addLabels');
  const own = errors.actions;
  const replace = (index: number, item: ActionDraft) => onChange(value.map((old, at) => (at === index ? item : old)));
  return (
    <fieldset
      className="flex flex-col gap-3 rounded border border-slate-200 p-3"
      aria-describedby={own ? `${id}-error` : undefined}
    >
      <legend className="px-1 text-sm font-semibold text-slate-900">Actions, in order</legend>
      {own && (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {own.join(' ')}
        </p>
      )}
      {value.length === 0 && <p className="text-sm text-slate-600">No actions yet: a rule does at least one thing.</p>}
      <ol className="flex flex-col gap-2">
        {value.map((item, index) => {
          const number = index + 1;
          const name = actionTypeNames[item.action.type];
          const problems = errorsUnder(errors, `actions.${index}`);
          return (
            <li key={item.key}>
              <fieldset
                className={`flex flex-col gap-2 rounded border bg-white p-3 ${problems ? 'border-red-400' : 'border-slate-200'}`}
                aria-describedby={problems ? `${id}-${item.key}-error` : undefined}
              >
                <legend className="px-1 text-sm font-medium text-slate-900">
                  {number}. {name}
                </legend>
                <ActionForm
                  action={item.action}
                  onChange={(action) => replace(index, { ...item, action })}
                  lookups={lookups}
                />
                {problems && (
                  <p id={`${id}-${item.key}-error`} className="text-sm text-red-800">
                    {problems.join(' ')}
                  </p>
                )}
                <div className="flex flex-wrap gap-2">
                  <Button
                    variant="ghost"
                    disabled={index === 0}
                    aria-label={`Move action ${number} (${name}) up`}
                    onClick={() => onChange(moved(value, index, index - 1))}
                  >
                    ↑ Up
                  </Button>
                  <Button
                    variant="ghost"
                    disabled={index === value.length - 1}
                    aria-label={`Move action ${number} (${name}) down`}
                    onClick={() => onChange(moved(value, index, index + 1))}
                  >
                    ↓ Down
                  </Button>
                  <Button
                    variant="ghost"
                    aria-label={`Remove action ${number} (${name})`}
                    onClick={() => onChange(value.filter((_, at) => at !== index))}
                  >
                    Remove
                  </Button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-type`} className="text-sm font-medium text-slate-800">
            Action to add
          </label>
          <select
            id={`${id}-type`}
            className={inputClass}
            value={adding}
            onChange={(event) => isActionType(event.target.value) && setAdding(event.target.value)}
          >
            {actionTypes.map((type) => (
              <option key={type} value={type}>
                {actionTypeNames[type]}
              </option>
            ))}
          </select>
        </div>
        <Button onClick={() => onChange([...value, actionDraft(newAction(adding))])}>Add action</Button>
      </div>
    </fieldset>
  );
}
