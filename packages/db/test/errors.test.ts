import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../src/errors.ts';

const withCode = (code: string, message = code) => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    'CONNECTION_CLOSED',
    'CONNECTION_DESTROYED',
    'CONNECT_TIMEOUT',
    'CONNECTION_ACQUIRE_TIMEOUT',
    'ECONNREFUSED',
    'ECONNRESET',
    '57P01',
    '57P03',
    '53300',
    '57014',
    '08006',
    'RESPONSE_TIMEOUT',
    '25006',
    '40001',
    '40P01',
  ])('recognises %s, also when Drizzle wraps it', (code) => {
    expect(isDatabaseUnavailable(withCode(code))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Failed query: select 1', { cause: withCode(code) }))).toBe(true);
  });

  it('recognises a connection error inside an AggregateError (several addresses tried)', () => {
    expect(isDatabaseUnavailable(new AggregateError([withCode('ECONNREFUSED')], 'connect failed'))).toBe(true);
  });

  it.each(['23505', '22P02', '23503', 'E_SOMETHING'])('leaves %s to be handled as what it is', (code) => {
    expect(isDatabaseUnavailable(new Error('Failed query', { cause: withCode(code) }))).toBe(false);
  });

  it('is false for anything that is not an error, and survives a cause cycle', () => {
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
    const a = new Error('a');
    const b = new Error('b', { cause: a });
    a.cause = b;
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});
