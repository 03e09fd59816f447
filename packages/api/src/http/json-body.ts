import { JSON_TOO_DEEP_MESSAGE, jsonDepthExceeds } from './json-depth.ts';

export type JsonBody = { ok: true; value: unknown } | { ok: false; message: string };

class ProtoKeyFound extends Error {}

/**
 * Parses a REST request's JSON body, refusing what would hurt whatever reads it next: nesting past the
 * depth limit (checked on the raw text, before parsing) and any key named `__proto__`. JSON.parse
 * keeps such a key as plain data, but trpc-to-openapi then copies the body with Object.assign, which
 * treats it as the prototype setter: the input would inherit whatever the client put there. Other
 * built-in names (`constructor`, `toString`) stay own data properties and are ignored like any key
 * the schema does not know.
 */
export function parseJsonBody(text: string): JsonBody {
  if (jsonDepthExceeds(text)) return { ok: false, message: JSON_TOO_DEEP_MESSAGE };
  try {
    const value: unknown = JSON.parse(text, (key, member: unknown) => {
      if (key === '__proto__') throw new ProtoKeyFound();
      return member;
    });
    return { ok: true, value };
  } catch (error) {
    if (error instanceof ProtoKeyFound) return { ok: false, message: 'A JSON key named "__proto__" is not allowed' };
    return { ok: false, message: 'The request body is not valid JSON' };
  }
}
