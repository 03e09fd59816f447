import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventData, eventTypes } from '../src/events/catalog.ts';

// The README shows the data of every event type; this keeps it true as the catalog changes.
const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const block = /<!-- event-examples:start -->\s*```json\n([\s\S]*?)```\s*<!-- event-examples:end -->/.exec(readme);
const examples = JSON.parse(block?.[1] ?? 'null') as Record<string, unknown> | null;

describe('the README’s event examples', () => {
  it('show every event type the catalog declares, and nothing else', () => {
    expect(examples, 'the README has no event-examples block').not.toBeNull();
    expect(Object.keys(examples ?? {}).sort()).toEqual([...eventTypes].sort());
  });

  it.each(eventTypes)('%s: the example is valid data of that type', (type) => {
    const result = eventData[type].safeParse(examples?.[type]);
    expect(result.error?.issues ?? []).toEqual([]);
  });
});
