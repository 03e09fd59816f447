import { TicketListPopover } from './ticket-list-popover.tsx';

/**
 * A filter that takes several values (`status=open,blocked`): checkboxes in a panel, the choice kept
 * as the comma-separated text the URL and the API both use.
 */
export function TicketListMultiCheck(props: {
  label: string;
  value: string | undefined;
  options: readonly { value: string; name: string }[];
  onChange(value: string | undefined): void;
}) {
  const chosen = new Set(props.value ? props.value.split(',').filter(Boolean) : []);
  const summary =
    chosen.size === 0
      ? 'any'
      : props.options
          .filter((option) => chosen.has(option.value))
          .map((option) => option.name)
          .join(', ') || [...chosen].join(', ');
  const toggle = (value: string, on: boolean) => {
    const next = props.options.map((option) => option.value).filter((v) => (v === value ? on : chosen.has(v)));
    // Values the options do not know (a hand-edited URL) are kept, so the API can say what is wrong.
    const unknown = [...chosen].filter((v) => !props.options.some((option) => option.value === v));
    const all = [...next, ...unknown];
    props.onChange(all.length > 0 ? all.join(',') : undefined);
  };
  return (
    <TicketListPopover
      label={
        <>
          {props.label}: <span className="max-w-40 truncate font-medium">{summary}</span>
        </>
      }
    >
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 font-medium">{props.label}</legend>
        {props.options.length === 0 && <p className="text-slate-600">Nothing to choose from.</p>}
        {props.options.map((option) => (
          <label key={option.value} className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={chosen.has(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            {option.name}
          </label>
        ))}
        {chosen.size > 0 && (
          <button
            type="button"
            className="mt-1 self-start text-indigo-800 underline"
            onClick={() => props.onChange(undefined)}
          >
            Any {props.label.toLowerCase()}
          </button>
        )}
      </fieldset>
    </TicketListPopover>
  );
}
