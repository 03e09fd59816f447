import { Link } from '@tanstack/react-router';
import { type DryRunResult, describeActionResult, type Names } from '../lib/automation-rule.ts';
import { Empty } from './ui/states.tsx';

/**
 * What the rule, as written, would have done on the latest events it matches (a schedule: on the
 * tickets it would touch now), ticket by ticket.
 */
export function DryRunResults(props: { results: DryRunResult[]; names: Names; scheduled: boolean }) {
  const { results, names, scheduled } = props;
  if (results.length === 0) {
    return (
      <Empty>
        {scheduled
          ? 'No ticket of the project meets the conditions now: the schedule would touch none.'
          : 'No recent event of the project fits this trigger: nothing to try it on.'}
      </Empty>
    );
  }
  const matched = results.filter((result) => result.matched).length;
  const count = (noun: string) => `${results.length} ${noun}${results.length === 1 ? '' : 's'}`;
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-slate-700">
        {scheduled
          ? `Tried on the ${count('ticket')} the schedule would touch now`
          : `Tried on the latest ${count('event')}`}
        : {matched} matched. Nothing was changed.
      </p>
      <ul
        aria-label="Dry run, ticket by ticket"
        className="flex flex-col divide-y divide-slate-100 rounded border border-slate-200 bg-white"
      >
        {results.map((result) => (
          // A schedule's results have no event: each is a ticket of its own.
          <li key={result.eventId ?? result.ticketKey} className="flex flex-col gap-1 px-3 py-2 text-sm">
            <div className="flex flex-wrap items-center gap-2">
              <Link
                to="/tickets/$key"
                params={{ key: result.ticketKey }}
                className="font-mono text-indigo-800 underline"
              >
                {result.ticketKey}
              </Link>
              <span className="font-mono text-slate-600">
                {result.eventId === null ? 'on schedule' : `${result.eventType} #${result.eventId}`}
              </span>
              <span
                className={`rounded px-1.5 text-xs font-medium ${
                  result.error
                    ? 'bg-red-100 text-red-900'
                    : result.matched
                      ? 'bg-green-100 text-green-900'
                      : 'bg-slate-200 text-slate-800'
                }`}
              >
                {result.error ? 'Would fail' : result.matched ? 'Matches' : 'Would do nothing'}
              </span>
            </div>
            {result.actions.length > 0 && (
              <ol aria-label={`What it would do to ${result.ticketKey}`} className="list-decimal pl-6 text-slate-800">
                {result.actions.map((action, index) => (
                  <li key={index}>{describeActionResult(action, names)}</li>
                ))}
              </ol>
            )}
            {!result.matched && result.reason && <p className="text-slate-700">{result.reason}</p>}
            {result.error && <p className="text-red-800">Would fail: {result.error}</p>}
          </li>
        ))}
      </ul>
    </div>
  );
}
