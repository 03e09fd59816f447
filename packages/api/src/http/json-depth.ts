/**
 * How deeply a request's JSON may nest. Parsers, superjson and zod recurse once per level, so JSON
 * nested thousands deep overflows the stack ("Maximum call stack size exceeded"); no input of this
 * API nests more than a few levels, so 64 leaves room for any real client.
 */
export const MAX_JSON_DEPTH = 64;

export const JSON_TOO_DEEP_MESSAGE = `JSON nested more than ${MAX_JSON_DEPTH} levels deep is refused`;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACKET = 0x5d;
const CLOSE_BRACE = 0x7d;

/**
 * Whether `text` opens more than `limit` arrays/objects inside each other, read in one pass over the
 * raw text before anything parses it: it never recurses, so no depth can hurt it. Brackets inside
 * strings do not count (a backslash escapes the next character). It does not validate JSON; a
 * malformed text is the parser's to refuse afterwards.
 */
export function jsonDepthExceeds(text: string, limit = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === BACKSLASH) index++;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) {
      inString = true;
    } else if (code === OPEN_BRACKET || code === OPEN_BRACE) {
      depth++;
      if (depth > limit) return true;
    } else if ((code === CLOSE_BRACKET || code === CLOSE_BRACE) && depth > 0) {
      depth--;
    }
  }
  return false;
}
