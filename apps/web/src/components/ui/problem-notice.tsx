import { problemOf } from '@ticketing/client/errors';

/** An API error in words, next to what failed: the message, and the code for a bug report. */
export function ProblemNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const problem = problemOf(error);
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
      <p>
        {problem.message} <span className="font-mono text-xs text-red-800">({problem.code})</span>
      </p>
      {Object.entries(problem.fields).length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {Object.entries(problem.fields).map(([field, messages]) => (
            <li key={field}>
              {field}: {messages.join(' ')}
            </li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" className="mt-2 underline" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
