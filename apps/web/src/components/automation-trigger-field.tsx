import { type ReactNode, useId } from 'react';
import {
  errorsUnder,
  isPriorityChange,
  isSlaEvent,
  shownTriggerFields,
  slaTargetNames,
  slaTargets,
  type TriggerDraft,
  triggerEventNames,
  triggerEvents,
  updatedFieldNames,
  updatedFields,
  weekdayNames,
  weekdays,
} from '../lib/automation-rule.ts';
import {
  isPriority,
  isStatus,
  priorities,
  priorityNames,
  statuses,
  statusNames,
} from '../lib/ticket-list-vocabulary.ts';
import { inputClass } from './ui/field.tsx';

type Errors = Record<string, string[]>;

/** A control with its label and the server's words about it (`trigger.every`), tied together. */
function Control(props: {
  label: string;
  errors: string[] | undefined;
  children: (control: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {props.label}
      </label>
      {props.children({
        id,
        'aria-invalid': props.errors !== undefined,
        ...(props.errors ? { 'aria-describedby': `${id}-error` } : {}),
      })}
      {props.errors && (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {props.errors.join(' ')}
        </p>
      )}
    </div>
  );
}

/** Checkboxes for some of a list's values (changed fields, weekdays), as a named group. */
function Checks<T extends string>(props: {
  legend: string;
  values: readonly T[];
  names: Record<T, string>;
  chosen: readonly T[];
  onChange(chosen: T[]): void;
  errors: string[] | undefined;
}) {
  const id = useId();
  return (
    <fieldset className="flex flex-col gap-1" aria-describedby={props.errors ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800">{props.legend}</legend>
      <div className="flex flex-wrap gap-3 text-sm">
        {props.values.map((value) => (
          <label key={value} className="flex items-center gap-1">
            <input
              type="checkbox"
              checked={props.chosen.includes(value)}
              onChange={(event) =>
                props.onChange(
                  event.target.checked
                    ? props.values.filter((item) => item === value || props.chosen.includes(item))
                    : props.chosen.filter((item) => item !== value),
                )
              }
            />
            {props.names[value]}
          </label>
        ))}
      </div>
      {props.errors && (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {props.errors.join(' ')}
        </p>
      )}
    </fieldset>
  );
}

function ChoiceSelect(props: {
  label: string;
  value: string;
  any: string;
  choices: readonly { value: string; name: string }[];
  onChange(value: string): void;
  errors?: string[];
}) {
  return (
    <Control label={props.label} errors={props.errors}>
      {(control) => (
        <select
          {...control}
          className={inputClass}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
        >
          <option value="">{props.any}</option>
          {props.choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.name}
            </option>
          ))}
        </select>
      )}
    </Control>
  );
}

const statusChoices = statuses.map((status) => ({ value: status, name: statusNames[status] }));
const priorityChoices = priorities.map((priority) => ({ value: priority, name: priorityNames[priority] }));

/** When the rule runs: on an event of the project (narrowed for updates and transitions), or on a schedule. */
export function TriggerField(props: { value: TriggerDraft; onChange(value: TriggerDraft): void; errors: Errors }) {
  const { value, errors } = props;
  const set = (patch: Partial<TriggerDraft>) => props.onChange({ ...value, ...patch });
  const name = useId();
  const scheduleName = useId();
  const zones = useId();
  const at = (field: string) => errorsUnder(errors, `trigger.${field}`);
  // The trigger's own errors, and those about a field the form does not show now.
  const shown = shownTriggerFields(value);
  const own = Object.entries(errors).flatMap(([field, messages]) => {
    if (field === 'trigger') return messages;
    const under = /^trigger\.([^.]+)/.exec(field)?.[1];
    return under && !shown.includes(under) ? messages : [];
  });
  return (
    <fieldset className="flex flex-col gap-3 rounded border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold text-slate-900">Trigger</legend>
      <div className="flex flex-wrap gap-4 text-sm">
        <label className="flex items-center gap-2">
          <input type="radio" name={name} checked={value.type === 'event'} onChange={() => set({ type: 'event' })} />
          On an event
        </label>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name={name}
            checked={value.type === 'schedule'}
            onChange={() => set({ type: 'schedule' })}
          />
          On a schedule (every ticket matching the conditions)
        </label>
      </div>
      {own.length > 0 && (
        <p role="alert" className="text-sm text-red-800">
          {own.join(' ')}
        </p>
      )}
      {value.type === 'event' ? (
        <div className="flex flex-col gap-3">
          <Control label="Event" errors={at('event')}>
            {(control) => (
              <select
                {...control}
                className={`${inputClass} max-w-sm`}
                value={value.event}
                onChange={(event) => {
                  const chosen = triggerEvents.find((candidate) => candidate === event.target.value);
                  if (chosen) set({ event: chosen });
                }}
              >
                {triggerEvents.map((event) => (
                  <option key={event} value={event}>
                    {triggerEventNames[event]} ({event})
                  </option>
                ))}
              </select>
            )}
          </Control>
          {value.event === 'ticket.updated' && (
            <Checks
              legend="Only when one of these changed (none: any change)"
              values={updatedFields}
              names={updatedFieldNames}
              chosen={value.fields}
              onChange={(fields) => set({ fields })}
              errors={at('fields')}
            />
          )}
          {isSlaEvent(value.event) && (
            <Control label="SLA target" errors={at('target')}>
              {(control) => (
                <select
                  {...control}
                  className={`${inputClass} max-w-xs`}
                  value={value.target}
                  onChange={(event) =>
                    set({ target: slaTargets.find((target) => target === event.target.value) ?? '' })
                  }
                >
                  <option value="">Either target</option>
                  {slaTargets.map((target) => (
                    <option key={target} value={target}>
                      {slaTargetNames[target]}
                    </option>
                  ))}
                </select>
              )}
            </Control>
          )}
          {(value.event === 'ticket.transitioned' || isPriorityChange(value)) && (
            <div className="flex flex-wrap gap-3">
              {(['from', 'to'] as const).map((key) => {
                const byPriority = isPriorityChange(value);
                const fits = (choice: string) => (byPriority ? isPriority(choice) : isStatus(choice));
                return (
                  <ChoiceSelect
                    key={key}
                    label={`${key === 'from' ? 'From' : 'To'} ${byPriority ? 'priority' : 'status'}`}
                    any={byPriority ? 'Any priority' : 'Any status'}
                    choices={byPriority ? priorityChoices : statusChoices}
                    value={fits(value[key]) ? value[key] : ''}
                    onChange={(choice) => set({ [key]: isStatus(choice) || isPriority(choice) ? choice : '' })}
                    errors={at(key)}
                  />
                );
              })}
            </div>
          )}
        </div>
      ) : (
        <div className="flex flex-col gap-3">
          <div className="flex flex-wrap gap-4 text-sm">
            <label className="flex items-center gap-2">
              <input
                type="radio"
                name={scheduleName}
                checked={value.schedule === 'every'}
                onChange={() => set({ schedule: 'every' })}
              />
              Every few minutes or hours
            </label>
            <label className="flex items-center gap-2">
              <input
                type="radio"
                name={scheduleName}
                checked={value.schedule === 'at'}
                onChange={() => set({ schedule: 'at' })}
              />
              At a time of day
            </label>
          </div>
          {value.schedule === 'every' ? (
            <Control label="Every" errors={at('every')}>
              {(control) => (
                <div className="flex gap-2">
                  <input
                    {...control}
                    type="number"
                    min={1}
                    className={`${inputClass} w-24`}
                    value={value.everyCount}
                    onChange={(event) => set({ everyCount: event.target.value })}
                  />
                  <select
                    aria-label="Unit"
                    className={inputClass}
                    value={value.everyUnit}
                    onChange={(event) => set({ everyUnit: event.target.value === 'm' ? 'm' : 'h' })}
                  >
                    <option value="m">Minutes</option>
                    <option value="h">Hours</option>
                  </select>
                </div>
              )}
            </Control>
          ) : (
            <>
              <Control label="At (HH:MM)" errors={at('at')}>
                {(control) => (
                  <input
                    {...control}
                    type="time"
                    className={`${inputClass} w-32`}
                    value={value.at}
                    onChange={(event) => set({ at: event.target.value })}
                  />
                )}
              </Control>
              <Checks
                legend="On these days (none: every day)"
                values={weekdays}
                names={weekdayNames}
                chosen={value.days}
                onChange={(days) => set({ days })}
                errors={at('days')}
              />
            </>
          )}
          <Control label="Time zone (IANA, e.g. Europe/Berlin)" errors={at('timeZone')}>
            {(control) => (
              <input
                {...control}
                className={`${inputClass} max-w-xs`}
                list={zones}
                maxLength={64}
                value={value.timeZone}
                onChange={(event) => set({ timeZone: event.target.value })}
              />
            )}
          </Control>
          <datalist id={zones}>
            {Intl.supportedValuesOf('timeZone').map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
        </div>
      )}
    </fieldset>
  );
}
