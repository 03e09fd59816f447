import { describe, expect, it } from 'vitest';
import { MAX_PREPARED_PARAMETERS, PreparedTexts } from '../src/prepared-statements.ts';

describe('which statements are prepared', () => {
  it('prepares texts up to the bound, keeps preparing those, and runs later texts unprepared', () => {
    const texts = new PreparedTexts(2);
    expect(texts.admits('select 1', 0)).toBe(true);
    expect(texts.admits('select $1', 1)).toBe(true);
    expect(texts.admits('select $1, $2', 2)).toBe(false);
    expect(texts.admits('select 1', 0)).toBe(true);
    expect(texts.size).toBe(2);
  });

  it('never prepares a statement with many parameters (its text varies with its row count)', () => {
    const texts = new PreparedTexts(10);
    expect(texts.admits('insert … values …', MAX_PREPARED_PARAMETERS + 1)).toBe(false);
    expect(texts.size).toBe(0);
  });
});
