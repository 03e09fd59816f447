// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { handlesOf, insertMention, mentionAt, suggestMentions } from '../src/components/ticket-detail-mentions.ts';

const ann = { userId: 'a', name: 'Ann Lee', email: 'ann.lee@example.com' };
const bo = { userId: 'b', name: 'Bo Andersson', email: 'bo@example.com' };

describe('mentions', () => {
  it('gives a member the handles the server matches: email local part and name without spaces', () => {
    expect(handlesOf(ann)).toEqual(['ann.lee', 'AnnLee']);
  });

  it('finds the mention being typed before the caret, and only a real one', () => {
    expect(mentionAt('hi @an', 6)).toEqual({ start: 3, query: 'an' });
    expect(mentionAt('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionAt('mail ann@example.com', 20)).toBeNull();
    expect(mentionAt('hi @ann and more', 16)).toBeNull();
  });

  it('suggests members by either handle, case-insensitively', () => {
    expect(suggestMentions([ann, bo], 'ANN')).toEqual([{ userId: 'a', name: 'Ann Lee', handle: 'ann.lee' }]);
    expect(suggestMentions([ann, bo], 'boa')).toEqual([{ userId: 'b', name: 'Bo Andersson', handle: 'BoAndersson' }]);
    expect(suggestMentions([ann, bo], '')).toHaveLength(2);
    expect(suggestMentions([ann, bo], 'zed')).toEqual([]);
  });

  it('completes the mention in place and puts the caret after it', () => {
    expect(insertMention('hi @an, ok', 3, 6, 'ann.lee')).toEqual({ text: 'hi @ann.lee , ok', caret: 12 });
  });
});
