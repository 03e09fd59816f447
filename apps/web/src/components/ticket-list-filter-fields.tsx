import { type ReactNode, useId } from 'react';
import { inputClass } from './ui/field.tsx';

/** A control with a visible label above it; `id` when the control needs a fixed one (`ticket-search`). */
export function Labelled(props: { label: string; id?: string; children(id: string): ReactNode; className?: string }) {
  const generated = useId();
  const id = props.id ?? generated;
  return (
    <div className={`flex flex-col gap-1 ${props.className ?? ''}`}>
      <label htmlFor={id} className="text-xs font-medium text-slate-700">
        {props.label}
      </label>
      {props.children(id)}
    </div>
  );
}

/** A date input shows only a real day; any other URL value is left for the API to explain. */
const asDay = (value: string | undefined) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '');

/** Two days bounding a date filter: each input is named in full ("Created to") for assistive tech. */
export function DateRange(props: {
  name: string;
  from: string | undefined;
  to: string | undefined;
  onFrom(day: string | undefined): void;
  onTo(day: string | undefined): void;
}) {
  return (
    <>
      <Labelled label={`${props.name} from`}>
        {(id) => (
          <input
            id={id}
            type="date"
            className={inputClass}
            value={asDay(props.from)}
            onChange={(event) => props.onFrom(event.target.value || undefined)}
          />
        )}
      </Labelled>
      <Labelled label={`${props.name} to`}>
        {(id) => (
          <input
            id={id}
            type="date"
            className={inputClass}
            value={asDay(props.to)}
            onChange={(event) => props.onTo(event.target.value || undefined)}
          />
        )}
      </Labelled>
    </>
  );
}
