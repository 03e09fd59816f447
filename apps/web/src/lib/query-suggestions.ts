import type { QueryField } from '@ticketing/client/types';
import { priorities, statuses } from './ticket-list-vocabulary.ts';

// Keyed by the query language's own fields: one added there fails to compile here until it has its
// suggestions. Each lists what typically follows the field (the values people pick from).
const valuesOf: Record<QueryField, readonly string[]> = {
  status: statuses,
  priority: priorities,
  assignee: ['me', 'none'],
  reporter: ['me'],
  label: [],
  project: [],
  department: [],
  due: ['today', '+7d', '-7d'],
  created: ['-7d', '-30d', 'today'],
  updated: ['-7d', '-30d', 'today'],
  is: ['overdue', 'unassigned'],
  has: ['attachments'],
  sla: ['breached', 'at-risk', 'met'],
};
const fields = Object.keys(valuesOf) as QueryField[];
const operatorOf = (field: QueryField) => (field === 'due' || field === 'created' || field === 'updated' ? '>' : ':');

/**
 * What could complete the last word of a query: field names while a word is typed, then the values
 * of that field (after a comma too). Each suggestion is the whole query with the last word replaced.
 */
export function querySuggestions(query: string, limit = 8): string[] {
  const start = query.search(/\S*$/);
  const word = query.slice(start);
  const before = query.slice(0, start);
  const term = /^(-?)([a-z]+)(>=|<=|:|>|<)(.*)$/i.exec(word);
  if (!term) {
    if (word === '') return [];
    const bare = word.replace(/^-/, '').toLowerCase();
    return fields
      .filter((field) => field.startsWith(bare) && field !== bare)
      .slice(0, limit)
      .map((field) => `${before}${word.startsWith('-') ? '-' : ''}${field}${operatorOf(field)}`);
  }
  const [, sign = '', name = '', op = '', value = ''] = term;
  const field = fields.find((candidate) => candidate === name.toLowerCase());
  if (!field) return [];
  const done = value.includes(',') ? value.slice(0, value.lastIndexOf(',') + 1) : '';
  const typing = value.slice(done.length).toLowerCase();
  const chosen = done.split(',').filter(Boolean);
  return valuesOf[field]
    .filter((option) => option.startsWith(typing) && option !== typing && !chosen.includes(option))
    .slice(0, limit)
    .map((option) => `${before}${sign}${name}${op}${done}${option}`);
}
