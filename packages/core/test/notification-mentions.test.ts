import { describe, expect, it } from 'vitest';
import { addedMentions, MAX_MENTIONS, mentionHandles } from '../src/notifications/mentions.ts';

describe('mentionHandles', () => {
  it('finds @handles at the start of a word, without the punctuation that ends a sentence', () => {
    expect(mentionHandles('@ann.lee, can you and @BobBrown look? Thanks @cat.')).toEqual([
      'ann.lee',
      'BobBrown',
      'cat',
    ]);
    expect(mentionHandles('(@ann) [@bob] "@cat" —@dan\n@eve')).toEqual(['ann', 'bob', 'cat', 'dan', 'eve']);
  });

  it('keeps the characters an email local part or a name has: dots, dashes, underscores, plus, letters', () => {
    expect(mentionHandles('@o_neil-smith+ops @Zoë @李雷')).toEqual(['o_neil-smith+ops', 'Zoë', '李雷']);
  });

  it('lists each handle once, however it is capitalised', () => {
    expect(mentionHandles('@Ann and @ann and @ANN')).toEqual(['Ann']);
  });

  it('does not read an email address, or an @ inside a word, as a mention', () => {
    expect(mentionHandles('write to ann@example.com or a@b, not x@@y or @-dash or @')).toEqual([]);
  });

  it('ignores markdown code: fenced blocks, an unclosed fence, inline spans', () => {
    const text = ['`@inline` @kept', '```ts', '@Override', '```', '@after', '```', '@unclosed'].join('\n');
    expect(mentionHandles(text)).toEqual(['kept', 'after']);
  });

  it(`takes at most ${MAX_MENTIONS} handles, the first ones`, () => {
    const text = Array.from({ length: MAX_MENTIONS + 10 }, (_, i) => `@user${i}`).join(' ');
    const handles = mentionHandles(text);
    expect(handles).toHaveLength(MAX_MENTIONS);
    expect(handles.at(-1)).toBe(`user${MAX_MENTIONS - 1}`);
  });

  it('skips a handle longer than any email or name', () => {
    expect(mentionHandles(`@${'a'.repeat(255)} @ok`)).toEqual(['ok']);
  });

  it('reads 100 KB of hostile text in linear time (an unclosed fence, thousands of backticks and @)', () => {
    // A regex matching fences lazily would rescan to the end from each of them: minutes here, not ms.
    const afterUnclosedFence = ['```', '`@b'.repeat(34_000)].join('');
    expect(afterUnclosedFence.length).toBeGreaterThan(100_000);
    expect(mentionHandles(afterUnclosedFence)).toEqual([]);
    expect(mentionHandles('```@a'.repeat(20_000))).toEqual(['a']);
  });
});

describe('addedMentions', () => {
  it('names only the people the new text mentions and the old one did not', () => {
    expect(addedMentions('@ann please', '@Ann and @bob please')).toEqual(['bob']);
    expect(addedMentions('', '@ann')).toEqual(['ann']);
    expect(addedMentions('@ann', 'nobody now')).toEqual([]);
  });
});
