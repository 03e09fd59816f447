import { describe, expect, it } from 'vitest';
import { parseJsonBody } from '../src/http/json-body.ts';
import { JSON_TOO_DEEP_MESSAGE, jsonDepthExceeds, MAX_JSON_DEPTH } from '../src/http/json-depth.ts';
import { prototypeNamedParams } from '../src/http/prototype-params.ts';

const nested = (depth: number, open = '[', close = ']') => `${open.repeat(depth)}${close.repeat(depth)}`;

describe('jsonDepthExceeds', () => {
  it('allows exactly the limit and refuses one level more, for arrays, objects and a mix', () => {
    expect(jsonDepthExceeds(nested(MAX_JSON_DEPTH))).toBe(false);
    expect(jsonDepthExceeds(nested(MAX_JSON_DEPTH + 1))).toBe(true);
    const objects = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    expect(jsonDepthExceeds(objects(MAX_JSON_DEPTH))).toBe(false);
    expect(jsonDepthExceeds(objects(MAX_JSON_DEPTH + 1))).toBe(true);
    expect(jsonDepthExceeds('[{"a":[{"b":[1]}]}]', 5)).toBe(false);
    expect(jsonDepthExceeds('[{"a":[{"b":[1]}]}]', 4)).toBe(true);
  });

  it('counts nesting, not brackets: siblings at one level stay at that level', () => {
    expect(jsonDepthExceeds(`[${Array.from({ length: 10_000 }, () => '[]').join(',')}]`, 2)).toBe(false);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonDepthExceeds(JSON.stringify({ text: nested(1_000) }), 2)).toBe(false);
    expect(jsonDepthExceeds(JSON.stringify({ text: `say \\"${'['.repeat(100)}` }), 2)).toBe(false);
    expect(jsonDepthExceeds(`["\\\\", ${nested(3)}]`, 3)).toBe(true);
  });

  it('cannot be fooled by closing brackets before opening ones', () => {
    expect(jsonDepthExceeds(`${']'.repeat(1_000)}${nested(MAX_JSON_DEPTH + 1)}`)).toBe(true);
  });

  it('scans 5,000 levels (and a megabyte) without recursing', () => {
    expect(jsonDepthExceeds(nested(5_000))).toBe(true);
    expect(jsonDepthExceeds(`"${'x'.repeat(1_000_000)}"`)).toBe(false);
  });
});

describe('parseJsonBody', () => {
  it('parses ordinary JSON', () => {
    expect(parseJsonBody('{"title":"ok","labels":["a"]}')).toEqual({ ok: true, value: { title: 'ok', labels: ['a'] } });
  });

  it('refuses nesting past the limit before parsing, and malformed JSON', () => {
    expect(parseJsonBody(`{"a":${nested(5_000)}}`)).toEqual({ ok: false, message: JSON_TOO_DEEP_MESSAGE });
    expect(parseJsonBody('{')).toEqual({ ok: false, message: 'The request body is not valid JSON' });
  });

  it('refuses a "__proto__" key at any depth, but keeps other built-in names as plain data', () => {
    for (const text of ['{"__proto__":{"admin":true}}', '{"a":[{"__proto__":null}]}']) {
      expect(parseJsonBody(text)).toEqual({ ok: false, message: 'A JSON key named "__proto__" is not allowed' });
    }
    const parsed = parseJsonBody('{"constructor":1,"toString":"x"}');
    expect(parsed).toEqual({ ok: true, value: { constructor: 1, toString: 'x' } });
  });
});

describe('prototypeNamedParams', () => {
  it('names each query parameter that is an Object.prototype member, once', () => {
    const search = new URLSearchParams('toString=1&q=x&__proto__=a&toString=2&valueOf&constructor=&hasOwnProperty=1');
    expect(prototypeNamedParams(search)).toEqual(['toString', '__proto__', 'valueOf', 'constructor', 'hasOwnProperty']);
  });

  it('lets ordinary names through', () => {
    expect(prototypeNamedParams(new URLSearchParams('q=toString&limit=5&cursor=__proto__'))).toEqual([]);
  });
});
