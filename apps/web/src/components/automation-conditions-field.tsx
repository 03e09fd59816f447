import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { problemOf } from '@ticketing/client/errors';
import { useTRPC } from '@ticketing/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { queryErrorAt } from '../lib/automation-rule.ts';
import { querySuggestions } from '../lib/query-suggestions.ts';
import { inputClass } from './ui/field.tsx';

const CHECK_DELAY_MS = 400;

/** The text after a pause in typing: what the live check asks about. */
function useSettled(value: string): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return settled;
}

/**
 * The rule's conditions: a query in the ticket list's language. While typing, the list's own API
 * checks it (the same parser the rule uses) and says how many of the project's tickets match now; a
 * mistake comes back as the list shows it, with its position, and is marked in the text.
 */
export function ConditionsField(props: {
  projectKey: string;
  /** Where the rule reckons its conditions' days (today, overdue): the count is taken there too. */
  timeZone: string;
  value: string;
  onChange(value: string): void;
  /** The save's or dry run's words about the conditions, for the text they were about. */
  errors: string[] | undefined;
}) {
  const trpc = useTRPC();
  const id = useId();
  const box = useRef<HTMLInputElement>(null);
  const settled = useSettled(props.value).trim();
  const check = useQuery({
    ...trpc.tickets.list.queryOptions({
      projectKeys: props.projectKey,
      query: settled,
      timeZone: props.timeZone,
      limit: 1,
      includeTotal: true,
    }),
    enabled: settled !== '',
    placeholderData: keepPreviousData,
  });
  const checkProblem = check.error ? problemOf(check.error) : null;
  const live = checkProblem?.code === 'E_VALIDATION' && settled === props.value.trim() ? checkProblem.message : null;
  const messages = live ? [live] : props.errors;
  const where = messages?.map(queryErrorAt).find((at) => at !== null) ?? null;
  // The mark only where the text still holds the token the message names.
  const marked = where && props.value.slice(where.position, where.position + where.token.length) === where.token;
  const suggestions = querySuggestions(props.value, 6);
  const total = !live && settled !== '' && check.data && !check.isPlaceholderData ? check.data.total : undefined;

  const goToError = () => {
    if (!where || !box.current) return;
    box.current.focus();
    box.current.setSelectionRange(where.position, where.position + where.token.length);
  };

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        Conditions (a query, as in the ticket list; empty: every ticket)
      </label>
      <input
        id={id}
        ref={box}
        className={`${inputClass} font-mono`}
        maxLength={1000}
        placeholder="priority>=high status:open -label:waiting"
        value={props.value}
        aria-invalid={messages !== undefined}
        aria-describedby={messages ? `${id}-error` : `${id}-hint`}
        onChange={(event) => props.onChange(event.target.value)}
      />
      {suggestions.length > 0 && (
        <ul aria-label="Suggestions" className="flex flex-wrap gap-1">
          {suggestions.map((suggestion) => (
            <li key={suggestion}>
              <button
                type="button"
                className="rounded border border-slate-300 bg-white px-2 py-0.5 font-mono text-xs text-slate-800 hover:bg-slate-100"
                onClick={() => {
                  props.onChange(suggestion);
                  box.current?.focus();
                }}
              >
                {suggestion.slice(suggestion.search(/\S*$/))}
              </button>
            </li>
          ))}
        </ul>
      )}
      {messages ? (
        <div id={`${id}-error`} className="flex flex-col gap-1 text-sm text-red-800">
          <p>{messages.join(' ')}</p>
          {marked && where && (
            <div className="flex flex-wrap items-center gap-2">
              <code className="rounded bg-red-50 px-1 whitespace-pre-wrap text-slate-900">
                {props.value.slice(0, where.position)}
                <mark className="bg-red-200 text-red-950 underline decoration-wavy">
                  {props.value.slice(where.position, where.position + where.token.length)}
                </mark>
                {props.value.slice(where.position + where.token.length)}
              </code>
              <button type="button" className="text-indigo-800 underline" onClick={goToError}>
                Select it in the box
              </button>
            </div>
          )}
        </div>
      ) : (
        <p id={`${id}-hint`} className="text-sm text-slate-600" aria-live="polite">
          {total === undefined ? (
            'The same fields as the ticket list: status:, priority>=, assignee:, label:, due<, is:overdue, …'
          ) : (
            <>
              Now {total} {total === 1 ? 'ticket' : 'tickets'} of {props.projectKey} match.{' '}
              <Link
                to="/tickets"
                search={{ projectKeys: props.projectKey, query: settled }}
                className="text-indigo-800 underline"
              >
                Show them
              </Link>
            </>
          )}
        </p>
      )}
    </div>
  );
}
