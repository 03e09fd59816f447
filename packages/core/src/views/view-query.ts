import { parseQuery } from '../query/parse-query.ts';

/** A view's query must parse when it is saved, not fail each time the view is opened. */
export function assertValidViewQuery(query: string | undefined): void {
  if (query) parseQuery(query);
}
