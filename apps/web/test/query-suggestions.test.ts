import { describe, expect, it } from 'vitest';
import { querySuggestions } from '../src/lib/query-suggestions.ts';

describe('querySuggestions', () => {
  it('completes field names as a word is typed, keeping the rest of the query', () => {
    expect(querySuggestions('printer st')).toEqual(['printer status:']);
    expect(querySuggestions('-la')).toEqual(['-label:']);
    expect(querySuggestions('d')).toEqual(['department:', 'due>']);
    expect(querySuggestions('printer ')).toEqual([]);
    expect(querySuggestions('zz')).toEqual([]);
  });

  it('then the values of the field, after a comma too, never one already chosen', () => {
    expect(querySuggestions('status:')).toEqual([
      'status:open',
      'status:in_progress',
      'status:blocked',
      'status:closed',
    ]);
    expect(querySuggestions('status:open,')).toEqual([
      'status:open,in_progress',
      'status:open,blocked',
      'status:open,closed',
    ]);
    expect(querySuggestions('x priority>=h')).toEqual(['x priority>=high']);
    expect(querySuggestions('is:')).toEqual(['is:overdue', 'is:unassigned']);
    expect(querySuggestions('colour:')).toEqual([]);
  });
});
