import type { RouterInputs } from '@ticketing/client/types';
import { useId } from 'react';
import { inputClass } from './ui/field.tsx';

type EventType = NonNullable<RouterInputs['webhooks']['create']['eventTypes']>[number];

/** What the form holds: every event of the project, or the types typed in. */
export interface EventTypeChoice {
  all: boolean;
  text: string;
}

export const choiceOf = (types: readonly string[] | null): EventTypeChoice =>
  types === null ? { all: true, text: '' } : { all: false, text: types.join(', ') };

/**
 * The API's value for a choice. No procedure lists the event types at run time, so the names typed
 * are sent as they are (hence the cast) and the server's E_VALIDATION answer says which are unknown.
 */
export function eventTypesOf(choice: EventTypeChoice): EventType[] | null {
  if (choice.all) return null;
  return choice.text
    .split(',')
    .map((type) => type.trim())
    .filter(Boolean) as EventType[];
}

/** The messages for `eventTypes` and each of its items (`eventTypes.2`). */
export function eventTypeErrors(fields: Record<string, string[]>): string[] | undefined {
  const messages = Object.entries(fields)
    .filter(([field]) => field === 'eventTypes' || field.startsWith('eventTypes.'))
    .flatMap(([field, list]) => list.map((message) => (field === 'eventTypes' ? message : `${field}: ${message}`)));
  return messages.length > 0 ? messages : undefined;
}

export function EventTypesField(props: {
  value: EventTypeChoice;
  onChange(choice: EventTypeChoice): void;
  errors: string[] | undefined;
}) {
  const id = useId();
  const { value, onChange, errors } = props;
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="text-sm font-medium text-slate-800">Events to send</legend>
      <label className="flex items-center gap-2 text-sm">
        <input type="radio" name={id} checked={value.all} onChange={() => onChange({ ...value, all: true })} />
        Every event of the project
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="radio" name={id} checked={!value.all} onChange={() => onChange({ ...value, all: false })} />
        Only these types
      </label>
      <label htmlFor={`${id}-types`} className="text-sm text-slate-800">
        Event types, comma-separated (e.g. ticket.created, ticket.transitioned, comment.added)
      </label>
      <input
        id={`${id}-types`}
        className={inputClass}
        value={value.text}
        disabled={value.all}
        aria-invalid={errors !== undefined}
        aria-describedby={errors ? `${id}-error` : undefined}
        onChange={(event) => onChange({ all: false, text: event.target.value })}
      />
      {errors && (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {errors.join(' ')}
        </p>
      )}
    </fieldset>
  );
}
