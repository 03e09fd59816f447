/** One piece of a query: free text, or `field op value` (optionally negated with a leading `-`). */
export interface Token {
  /** Where it starts in the query (0-based), for errors that point at it. */
  start: number;
  text: string;
  negated: boolean;
  field?: string;
  op?: Operator;
  /** The value, quotes removed. */
  value: string;
  /** The value split at commas outside quotes (`label:"a,b",c` is two labels). */
  values: string[];
  /** Free text that was quoted ("printer on fire"). */
  quoted: boolean;
}

export const operators = [':', '>=', '<=', '>', '<'] as const;
export type Operator = (typeof operators)[number];

export class QuerySyntaxError extends Error {
  override readonly name = 'QuerySyntaxError';
  constructor(
    message: string,
    readonly position: number,
    readonly token: string,
  ) {
    super(message);
  }
}

const FIELD = /^(-?)([a-zA-Z]+)(>=|<=|:|>|<)/;

/** A quoted string starting at `at` (the quote): its text and where it ends (after the closing quote). */
function quotedAt(query: string, at: number): { text: string; end: number } {
  let text = '';
  for (let i = at + 1; i < query.length; i++) {
    const char = query[i];
    if (char === '\\' && i + 1 < query.length) {
      text += query[++i];
    } else if (char === '"') {
      return { text, end: i + 1 };
    } else {
      text += char;
    }
  }
  throw new QuerySyntaxError('This quote is never closed', at, query.slice(at));
}

/** Splits a query into tokens at whitespace outside quotes. */
export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    if (/\s/.test(query[i] ?? '')) {
      i++;
      continue;
    }
    const start = i;
    if (query[i] === '"') {
      const { text, end } = quotedAt(query, i);
      tokens.push({ start, text: query.slice(start, end), negated: false, value: text, values: [text], quoted: true });
      i = end;
      continue;
    }
    const field = FIELD.exec(query.slice(i));
    if (field) {
      i += field[0].length;
      let value = '';
      const values: string[] = [];
      let item = '';
      // A value is plain text up to whitespace; quoted parts may hold spaces and commas
      // (label:"needs review","a,b").
      while (i < query.length && !/\s/.test(query[i] ?? '')) {
        if (query[i] === '"') {
          const quoted = quotedAt(query, i);
          value += quoted.text;
          item += quoted.text;
          i = quoted.end;
        } else {
          const char = query[i++] ?? '';
          value += char;
          if (char === ',') {
            values.push(item);
            item = '';
          } else item += char;
        }
      }
      values.push(item);
      tokens.push({
        start,
        text: query.slice(start, i),
        negated: field[1] === '-',
        field: (field[2] ?? '').toLowerCase(),
        op: field[3] as Operator,
        value,
        values: values.filter(Boolean),
        quoted: false,
      });
      continue;
    }
    while (i < query.length && !/\s/.test(query[i] ?? '')) i++;
    const text = query.slice(start, i);
    tokens.push({ start, text, negated: false, value: text, values: [text], quoted: false });
  }
  return tokens;
}
