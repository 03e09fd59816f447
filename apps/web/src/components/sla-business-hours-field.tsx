import { useId } from 'react';
import { type PolicyFieldErrors, type SlaPolicyDraft, weekdayNames, weekdays } from '../lib/sla-policy-draft.ts';
import { SlaHolidaysField } from './sla-holidays-field.tsx';
import { Field, inputClass } from './ui/field.tsx';

type Hours = SlaPolicyDraft['businessHours'];

/** Working days and times in a time zone, for clocks that count only working time. */
export function SlaBusinessHoursField(props: {
  hours: Hours;
  errors: PolicyFieldErrors;
  onChange(hours: Hours): void;
}) {
  const zones = useId();
  const daysError = useId();
  const { hours, errors } = props;
  const set = (patch: Partial<Hours>) => props.onChange({ ...hours, ...patch });
  const dayErrors = errors['businessHours.days'] ?? [];
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="font-medium text-slate-800">Business hours</legend>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={hours.enabled} onChange={(event) => set({ enabled: event.target.checked })} />
        Count only working time (otherwise the clocks run around the clock)
      </label>
      {errors.businessHours && <p className="text-sm text-red-800">{errors.businessHours.join(' ')}</p>}
      {hours.enabled && (
        <>
          <Field label="Time zone" errors={errors['businessHours.timeZone']}>
            {(control) => (
              <input
                {...control}
                className={`${inputClass} max-w-xs`}
                list={zones}
                maxLength={64}
                value={hours.timeZone}
                onChange={(event) => set({ timeZone: event.target.value })}
              />
            )}
          </Field>
          <datalist id={zones}>
            {Intl.supportedValuesOf('timeZone').map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
          <fieldset
            className="flex flex-col gap-1"
            {...(dayErrors.length > 0 ? { 'aria-describedby': daysError } : {})}
          >
            <legend className="text-sm font-medium text-slate-800">Working days</legend>
            <div className="flex flex-wrap gap-3">
              {weekdays.map((day) => (
                <label key={day} className="flex items-center gap-1 text-sm">
                  <input
                    type="checkbox"
                    checked={hours.days.includes(day)}
                    onChange={(event) =>
                      set({
                        days: weekdays.filter((other) =>
                          other === day ? event.target.checked : hours.days.includes(other),
                        ),
                      })
                    }
                  />
                  {weekdayNames[day]}
                </label>
              ))}
            </div>
            {dayErrors.length > 0 && (
              <p id={daysError} className="text-sm text-red-800">
                {dayErrors.join(' ')}
              </p>
            )}
          </fieldset>
          <div className="flex flex-wrap gap-3">
            <Field label="Day starts" errors={errors['businessHours.start']}>
              {(control) => (
                <input
                  {...control}
                  type="time"
                  className={inputClass}
                  value={hours.start}
                  onChange={(event) => set({ start: event.target.value })}
                />
              )}
            </Field>
            <Field label="Day ends" errors={errors['businessHours.end']}>
              {(control) => (
                <input
                  {...control}
                  type="time"
                  className={inputClass}
                  value={hours.end}
                  onChange={(event) => set({ end: event.target.value })}
                />
              )}
            </Field>
          </div>
          <SlaHolidaysField
            holidays={hours.holidays}
            errors={errors['businessHours.holidays']}
            onChange={(holidays) => set({ holidays })}
          />
        </>
      )}
    </fieldset>
  );
}
