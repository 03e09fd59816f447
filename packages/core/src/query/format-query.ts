import type { TicketFilter } from '../tickets/schemas.ts';

const FIELD_LIKE = /^-?[a-zA-Z]+(>=|<=|:|>|<)/;

/** A value as the tokenizer reads it back: quoted when it holds spaces, quotes, commas or backslashes. */
function quote(text: string): string {
  return /[\s",\\]/.test(text) || text === '' ? `"${text.replace(/["\\]/g, (c) => `\\${c}`)}"` : text;
}

/** Free text: each word as it is, unless it would read as a field or a quote. */
const freeWord = (word: string) =>
  FIELD_LIKE.test(word) || /["\\]/.test(word) ? `"${word.replace(/["\\]/g, (c) => `\\${c}`)}"` : word;

const list = (items: readonly string[]) => items.map(quote).join(',');
const instant = (date: Date) => date.toISOString();

/**
 * The canonical text of a filter: what parseQuery reads back into the same filter. Fields come in a
 * fixed order, dates as absolute ISO values, the free text last.
 */
export function formatQuery(filter: TicketFilter): string {
  const terms: string[] = [];
  const add = (term: string | false | undefined) => {
    if (term) terms.push(term);
  };
  add(filter.projectKeys?.length ? `project:${list(filter.projectKeys)}` : undefined);
  add(filter.status?.length ? `status:${list(filter.status)}` : undefined);
  add(filter.priority?.length ? `priority:${list(filter.priority)}` : undefined);
  add(filter.assignee !== undefined && `assignee:${quote(filter.assignee)}`);
  add(filter.reporter !== undefined && `reporter:${quote(filter.reporter)}`);
  add(filter.label?.length ? `label:${list(filter.label)}` : undefined);
  add(filter.excludeLabels?.length ? `-label:${list(filter.excludeLabels)}` : undefined);
  add(filter.departmentId !== undefined && `department:${filter.departmentId}`);
  add(filter.department !== undefined && `department:${quote(filter.department)}`);
  add(filter.dueFrom !== undefined && `due>=${filter.dueFrom}`);
  add(filter.dueTo !== undefined && `due<=${filter.dueTo}`);
  add(filter.createdFrom !== undefined && `created>=${instant(filter.createdFrom)}`);
  add(filter.createdTo !== undefined && `created<=${instant(filter.createdTo)}`);
  add(filter.updatedFrom !== undefined && `updated>=${instant(filter.updatedFrom)}`);
  add(filter.updatedTo !== undefined && `updated<=${instant(filter.updatedTo)}`);
  add(filter.overdue !== undefined && `${filter.overdue ? '' : '-'}is:overdue`);
  add(filter.hasAttachments !== undefined && `${filter.hasAttachments ? '' : '-'}has:attachments`);
  add(filter.sla !== undefined && `sla:${filter.sla}`);
  add(filter.q ? filter.q.split(/\s+/).filter(Boolean).map(freeWord).join(' ') : undefined);
  return terms.join(' ');
}
