import { SourceMap } from 'node:module';
import { describe, expect, it } from 'vitest';
import { trimSourceMap } from '../scripts/trim-source-map.ts';

// Line 0: our code at column 0, a dependency's from column 10 (two segments); line 1: the dependency
// still, then ours again at column 4.
const map = {
  version: 3,
  file: 'bundle.js',
  sourceRoot: '',
  sources: ['../src/ours.ts', '../node_modules/dep/index.js'],
  sourcesContent: [],
  names: [],
  mappings: 'AAAA,UCAA,UAAK;AACL,IDAA',
};
const ours = (source: string) => !source.includes('/node_modules/');

describe('trimSourceMap', () => {
  it('changes nothing when every source is kept', () => {
    expect(trimSourceMap(map, () => true)).toEqual(map);
  });

  it('keeps our mappings and leaves the dependency’s code unmapped, not lent the position before it', () => {
    const trimmed = trimSourceMap(map, ours);
    expect(trimmed.mappings).toBe('AAAA,U;IACA');
    const before = new SourceMap(map);
    const after = new SourceMap(trimmed);
    expect(before.findEntry(0, 15)).toMatchObject({ originalSource: '../node_modules/dep/index.js' });
    expect(after.findEntry(0, 15)).not.toHaveProperty('originalSource', expect.any(String));
    expect(after.findEntry(1, 2)).not.toHaveProperty('originalSource', expect.any(String));
    expect(after.findEntry(0, 3)).toMatchObject({ originalSource: '../src/ours.ts', originalLine: 0 });
    expect(after.findEntry(1, 6)).toMatchObject({ originalSource: '../src/ours.ts', originalLine: 1 });
  });
});
