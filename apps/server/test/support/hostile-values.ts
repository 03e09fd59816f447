import fc from 'fast-check';

// Values an attacker would send, for the property-based test of every operation: text no database
// stores, numbers past every column, dates past every calendar, nesting past every parser, keys that
// name Object.prototype members, and cursors forged from all of these.
/** A JSON token written as it is (numbers JSON.stringify would change, deep nesting). */
class Raw {
  constructor(readonly text: string) {}
}

/** JSON text of a generated value; Raw tokens go in untouched, own `__proto__` keys are kept. */
export function toJson(value: unknown): string {
  if (value instanceof Raw) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.entries(value)
      .map(([key, member]) => `${JSON.stringify(key)}:${toJson(member)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Query-string text of a generated value. */
export const toParam = (value: unknown): string =>
  value instanceof Raw ? value.text : typeof value === 'string' ? value : toJson(value);

const deepArray = (depth: number) => new Raw(`${'['.repeat(depth)}${']'.repeat(depth)}`);
const deepObject = (depth: number) => new Raw(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);

const prototypeNames = [
  'toString',
  'valueOf',
  'constructor',
  'hasOwnProperty',
  '__proto__',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  'prototype',
];

const trickyTexts = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff',
  'a\ud83d',
  '\ude00b',
  '\udc00\ud800',
  '',
  ' ',
  ' \t\n ',
  '2147483647',
  '2147483648',
  '-2147483649',
  '9007199254740993',
  '1e309',
  '-1',
  '0',
  '0.5',
  'NaN',
  'Infinity',
  '-0',
  '0x10',
  'true',
  'false',
  'null',
  '[]',
  '{}',
  '0000-01-01',
  '1899-12-31',
  '10000-01-01',
  '2024-02-30',
  '+275760-09-13T00:00:00.000Z',
  '-271821-04-20T00:00:00.000Z',
  '0000-01-01T00:00:00.000Z',
  '9999-12-31T23:59:59.999Z',
  "'; drop table tickets; --",
  '%',
  '_',
  '\\',
  '%00',
  '&|!:*()<->',
  'a:* & !b | (c',
  "'",
  '"',
  '\u202e\u202d',
  '\ufeff',
  '\u200b',
  'e\u0301',
  '\u2028\u2029',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '😀',
  'Ω'.repeat(300),
  'me',
  'none',
  'PBT-0',
  'PBT-9999999999',
  'pbt-1',
  'ı',
  'ß'.repeat(6),
  ...prototypeNames,
];

const cursorSorts = ['created', 'updated', 'priority', 'due', 'key', 'relevance', 'asc', 'desc', 'infinity', 'PBT'];
const hostileNumbers = [
  2 ** 31,
  2 ** 31 - 1,
  -(2 ** 31),
  -(2 ** 31) - 1,
  2 ** 53,
  2 ** 53 + 2,
  -1,
  0,
  0.5,
  1.5,
  1e308,
  -1e308,
  5e-324,
  1e-50,
  3.5e38,
];

export const hostileNumber: fc.Arbitrary<Raw> = fc.oneof(
  fc.constantFrom(...hostileNumbers).map((n) => new Raw(String(n))),
  fc.constantFrom('1e400', '-1e400', '-0', '123456789012345678901234567890', '1.0', '1E2').map((t) => new Raw(t)),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => new Raw(String(n))),
  fc.integer().map((n) => new Raw(String(n))),
);

const cursorPart = (ticketKeys: readonly string[]) =>
  fc.oneof(
    fc.constantFrom<unknown>(...cursorSorts, ...ticketKeys),
    fc.constantFrom<unknown>(...trickyTexts),
    fc.constantFrom<unknown>(...hostileNumbers),
    fc.uuid(),
    fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
    fc.constant<unknown>(null),
    fc.constant<unknown>([[['nested']]]),
  );

/** Cursors a client could forge: base64url of JSON arrays with odd members, of deep nesting, of garbage. */
export const craftedCursor = (ticketKeys: readonly string[]) =>
  fc
    .oneof(
      {
        weight: 4,
        arbitrary: fc.array(cursorPart(ticketKeys), { maxLength: 6 }).map((parts) => JSON.stringify(parts)),
      },
      { weight: 1, arbitrary: fc.integer({ min: 60, max: 300 }).map((depth) => deepArray(depth).text) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    )
    .map((text) => Buffer.from(text).toString('base64url'));

/** Hostile text; `long` allows strings far past every limit (bodies only: URLs stay under Node's 16 KB). */
export const hostileText = (long: boolean) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...trickyTexts) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 40 }) },
    { weight: 1, arbitrary: craftedCursor([]) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('x', 'é', '😀', '\u0000', '['), fc.integer({ min: 201, max: long ? 300_000 : 600 }))
        .map(([unit, count]) => unit.repeat(count)),
    },
  );

export const hostileKey = fc.oneof(fc.constantFrom(...prototypeNames), fc.string({ maxLength: 12 }));

export const hostileScalar = fc.oneof(hostileText(false), hostileNumber, fc.boolean(), fc.constant(null));

/** Wrong types and shapes: any of the scalars, arrays (some past every maxItems), objects with prototype keys, deep nesting. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: fc.oneof(hostileText(true), hostileNumber, fc.boolean(), fc.constant(null)) },
  { weight: 2, arbitrary: fc.array(hostileScalar, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.integer({ min: 21, max: 1_000 }).map((length) => Array.from({ length }, () => 'x')) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.tuple(hostileKey, hostileScalar), { maxLength: 4 })
      .map((entries) => Object.fromEntries(entries)),
  },
  { weight: 1, arbitrary: fc.integer({ min: 60, max: 70 }).map(deepArray) },
  { weight: 1, arbitrary: fc.constantFrom(deepArray(5_000), deepObject(5_000)) },
);
