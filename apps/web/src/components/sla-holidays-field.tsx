import { useId, useState } from 'react';
import { Button } from './ui/button.tsx';
import { inputClass } from './ui/field.tsx';

/** Days off that the clock skips, added one date at a time and kept in order. */
export function SlaHolidaysField(props: { holidays: string[]; errors?: string[]; onChange(holidays: string[]): void }) {
  const id = useId();
  const [date, setDate] = useState('');
  const errors = props.errors ?? [];
  const add = () => {
    if (!date) return;
    props.onChange([...new Set([...props.holidays, date])].sort());
    setDate('');
  };
  return (
    <fieldset className="flex flex-col gap-2" {...(errors.length > 0 ? { 'aria-describedby': `${id}-error` } : {})}>
      <legend className="text-sm font-medium text-slate-800">Holidays</legend>
      <div className="flex items-center gap-2">
        <label htmlFor={id} className="sr-only">
          Holiday to add
        </label>
        <input
          id={id}
          type="date"
          className={inputClass}
          value={date}
          onChange={(event) => setDate(event.target.value)}
        />
        <Button onClick={add} disabled={!date}>
          Add holiday
        </Button>
      </div>
      {props.holidays.length > 0 ? (
        <ul className="flex flex-wrap gap-2">
          {props.holidays.map((holiday) => (
            <li key={holiday} className="flex items-center gap-1 rounded bg-slate-100 py-0.5 pl-2 text-sm">
              <time dateTime={holiday}>{holiday}</time>
              <Button
                variant="ghost"
                className="px-1.5 py-0"
                aria-label={`Remove holiday ${holiday}`}
                onClick={() => props.onChange(props.holidays.filter((other) => other !== holiday))}
              >
                ×
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">No holidays.</p>
      )}
      {errors.length > 0 && (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {errors.join(' ')}
        </p>
      )}
    </fieldset>
  );
}
