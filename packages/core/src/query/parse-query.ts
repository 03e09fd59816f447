import { ticketPriorities, ticketStatuses } from '@ticketing/db/schema';
import type { z } from 'zod';
import { DomainError } from '../errors.ts';
import { slaStates } from '../sla/schemas.ts';
import { type TicketFilter, ticketFilterSchema } from '../tickets/schemas.ts';
import {
  addDays,
  boundsOf,
  type Calendar,
  calendarOf,
  dayOfQueryDate,
  parseQueryDate,
  type QueryDate,
} from './query-dates.ts';
import { type Operator, QuerySyntaxError, type Token, tokenize } from './tokenize.ts';

/** Every field of the language, for errors and autocompletion. */
export const queryFields = [
  'status',
  'priority',
  'assignee',
  'reporter',
  'label',
  'project',
  'department',
  'due',
  'created',
  'updated',
  'is',
  'has',
  'sla',
] as const;
export type QueryField = (typeof queryFields)[number];
const isQueryField = (name: string): name is QueryField => (queryFields as readonly string[]).includes(name);

type Raw = Partial<Record<keyof TicketFilter, unknown>>;

const values = (token: Token) => {
  if (token.values.length === 0)
    throw new QuerySyntaxError(`${token.field}${token.op} needs a value`, token.start, token.text);
  return token.values;
};

/** A term that leaves no value (`priority<low`, `-status:` of every status) would match nothing. */
function nonEmpty<T>(token: Token, list: T[]): T[] {
  if (list.length === 0) {
    throw new QuerySyntaxError(`${token.text} leaves no value, so nothing could match`, token.start, token.text);
  }
  return list;
}

/** Every value but the excluded ones, each of which must be one of them (a typo is an error, not a no-op). */
function complement<T extends string>(token: Token, all: readonly T[], kind: string): T[] {
  const excluded = values(token);
  const unknown = excluded.find((value) => !(all as readonly string[]).includes(value));
  if (unknown !== undefined) {
    throw new QuerySyntaxError(`"${unknown}" is not a ${kind} (${all.join(', ')})`, token.start, token.text);
  }
  return nonEmpty(
    token,
    all.filter((value) => !excluded.includes(value)),
  );
}

function only(token: Token, ...allowed: Operator[]): void {
  if (!token.op || !allowed.includes(token.op)) {
    throw new QuerySyntaxError(
      `${token.field} takes ${allowed.map((op) => `${token.field}${op}`).join(' or ')}`,
      token.start,
      token.text,
    );
  }
}
function notNegated(token: Token): void {
  if (token.negated) throw new QuerySyntaxError(`${token.field} cannot be negated with -`, token.start, token.text);
}
function dateOf(token: Token, calendar: Calendar): QueryDate {
  const date = parseQueryDate(token.value, calendar);
  if (!date) {
    throw new QuerySyntaxError(
      `"${token.value}" is not a date: use 2026-12-01, 2026-12-01T09:30:00Z, today, yesterday, -7d, -12h, -2w or +3d`,
      token.start,
      token.text,
    );
  }
  return date;
}

/** A created/updated comparison as the filter's from/to instants. */
function instantRange(token: Token, calendar: Calendar, from: keyof TicketFilter, to: keyof TicketFilter): Raw {
  const { first, last } = boundsOf(dateOf(token, calendar), calendar);
  switch (token.op) {
    case ':':
      return { [from]: first, [to]: last };
    case '>=':
      return { [from]: first };
    case '>':
      return { [from]: new Date(last.getTime() + 1) };
    case '<=':
      return { [to]: last };
    default:
      return { [to]: new Date(first.getTime() - 1) };
  }
}

/** A due comparison as the filter's from/to days. */
function dayRange(token: Token, calendar: Calendar): Raw {
  const day = dayOfQueryDate(dateOf(token, calendar), calendar);
  switch (token.op) {
    case ':':
      return { dueFrom: day, dueTo: day };
    case '>=':
      return { dueFrom: day };
    case '>':
      return { dueFrom: addDays(day, 1) };
    case '<=':
      return { dueTo: day };
    default:
      return { dueTo: addDays(day, -1) };
  }
}

function priorityRange(token: Token): string[] {
  if (token.op === ':') return values(token);
  const rank = ticketPriorities.indexOf(token.value as (typeof ticketPriorities)[number]);
  if (rank < 0) {
    throw new QuerySyntaxError(
      `"${token.value}" is not a priority (${ticketPriorities.join(', ')})`,
      token.start,
      token.text,
    );
  }
  const kept = ticketPriorities.filter((_, index) =>
    token.op === '>='
      ? index >= rank
      : token.op === '>'
        ? index > rank
        : token.op === '<='
          ? index <= rank
          : index < rank,
  );
  return nonEmpty(token, kept);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What one field term sets in the filter, before validation. */
function rawOf(field: QueryField, token: Token, calendar: Calendar): Raw {
  switch (field) {
    case 'status':
      only(token, ':');
      return { status: token.negated ? complement(token, ticketStatuses, 'status') : values(token) };
    case 'priority':
      if (token.negated) {
        only(token, ':');
        return { priority: complement(token, ticketPriorities, 'priority') };
      }
      return { priority: priorityRange(token) };
    case 'assignee':
    case 'reporter':
      only(token, ':');
      notNegated(token);
      return { [field]: token.value };
    case 'label':
      only(token, ':');
      return token.negated ? { excludeLabels: values(token) } : { label: values(token) };
    case 'project':
      only(token, ':');
      notNegated(token);
      return { projectKeys: values(token) };
    case 'department':
      only(token, ':');
      notNegated(token);
      return UUID.test(token.value) ? { departmentId: token.value } : { department: token.value };
    case 'due':
      notNegated(token);
      return dayRange(token, calendar);
    case 'created':
      notNegated(token);
      return instantRange(token, calendar, 'createdFrom', 'createdTo');
    case 'updated':
      notNegated(token);
      return instantRange(token, calendar, 'updatedFrom', 'updatedTo');
    case 'is':
      only(token, ':');
      if (token.value === 'overdue') return { overdue: !token.negated };
      if (token.value === 'unassigned' && !token.negated) return { assignee: 'none' };
      throw new QuerySyntaxError(`is: takes overdue or unassigned, not "${token.value}"`, token.start, token.text);
    case 'sla':
      only(token, ':');
      notNegated(token);
      if ((slaStates as readonly string[]).includes(token.value)) return { sla: token.value };
      throw new QuerySyntaxError(`sla: takes ${slaStates.join(', ')}, not "${token.value}"`, token.start, token.text);
    case 'has':
      only(token, ':');
      if (token.value === 'attachments') return { hasAttachments: !token.negated };
      throw new QuerySyntaxError(`has: takes attachments, not "${token.value}"`, token.start, token.text);
  }
}

/** The first message of a failed field validation. */
const messageOf = (error: z.ZodError) => error.issues[0]?.message ?? 'Not a valid value';

function parseTokens(query: string, calendar: Calendar): TicketFilter {
  const filter: Record<string, unknown> = {};
  const setBy = new Map<string, Token>();
  const words: string[] = [];
  for (const token of tokenize(query)) {
    if (!token.field) {
      words.push(token.value);
      continue;
    }
    if (!isQueryField(token.field)) {
      throw new QuerySyntaxError(
        `Unknown field "${token.field}" (fields: ${queryFields.join(', ')}; put text with a colon in quotes)`,
        token.start,
        token.text,
      );
    }
    if (token.value === '')
      throw new QuerySyntaxError(`${token.field}${token.op} needs a value`, token.start, token.text);
    for (const [key, value] of Object.entries(rawOf(token.field, token, calendar))) {
      const earlier = setBy.get(key);
      // Two terms on one key AND together: for bounds that is the tighter one; anything else is said once.
      if (earlier && !/(From|To)$/.test(key)) {
        throw new QuerySyntaxError(
          `${token.field} is already given by "${earlier.text}": list the values once, separated by commas`,
          token.start,
          token.text,
        );
      }
      const shape = ticketFilterSchema.shape[key as keyof TicketFilter];
      const checked = shape.safeParse(value);
      if (!checked.success) throw new QuerySyntaxError(messageOf(checked.error), token.start, token.text);
      const previous = filter[key];
      filter[key] = earlier ? tighter(key, previous, checked.data) : checked.data;
      setBy.set(key, token);
    }
  }
  if (words.length > 0) {
    const q = ticketFilterSchema.shape.q.safeParse(words.join(' '));
    if (!q.success) throw new QuerySyntaxError(`The free text: ${messageOf(q.error)}`, 0, query);
    filter.q = q.data;
  }
  return filter as TicketFilter;
}

/** Of two bounds on one side, the one that lets fewer tickets through. */
function tighter(key: string, a: unknown, b: unknown): unknown {
  const later = (x: unknown, y: unknown) =>
    String(x instanceof Date ? x.toISOString() : x) > String(y instanceof Date ? y.toISOString() : y) ? x : y;
  const earlier = (x: unknown, y: unknown) => (later(x, y) === x ? y : x);
  return key.endsWith('From') ? later(a, b) : earlier(a, b);
}

/**
 * Parses the query language into the list's filter object. Unknown fields, bad values and bad
 * dates are E_VALIDATION errors naming the offending token and its position (0-based in
 * `details.position`, 1-based in the message). Days (`today`, `due:2026-12-01`, `created:yesterday`)
 * are those of the calendar's zone: UTC unless the request names one.
 */
export function parseQuery(query: string, calendar: Calendar = calendarOf(undefined)): TicketFilter {
  try {
    return parseTokens(query, calendar);
  } catch (error) {
    if (!(error instanceof QuerySyntaxError)) throw error;
    const message = `${error.message} (at ${error.position + 1}: ${error.token})`;
    throw new DomainError('E_VALIDATION', message, {
      fields: { query: [message] },
      position: error.position,
      token: error.token,
    });
  }
}
