/**
 * How a text names a person: `@` followed by a handle, which is the local part of their email
 * (`@ann.lee` for ann.lee@example.com) or their name without its spaces (`@AnnLee` for "Ann Lee"),
 * compared case-insensitively among the members of the ticket's project (find-mentioned.ts).
 *
 * An `@` inside a word is not a mention, so an email address written in a text names nobody; nor is
 * one in markdown code (fenced blocks, `inline spans`), where `@Override` and `@types/node` live.
 * A handle's trailing `.`, `-`, `_` or `+` is sentence punctuation ("thanks @ann."), not part of it.
 */
const MENTION = /(?<![\p{L}\p{N}_.+@-])@([\p{L}\p{N}][\p{L}\p{N}._+-]*)/gu;
const TRAILING_PUNCTUATION = /[._+-]+$/u;
const INLINE_CODE = /`[^`\n]*`/g;
const FENCE = '```';

/** A name is at most 120 characters and an email 254: a longer handle can name nobody. */
const MAX_HANDLE_LENGTH = 254;
/** A text names at most this many people (the first ones it mentions): a bound on the lookup. */
export const MAX_MENTIONS = 50;

/** Splitting rather than a regex over fences: an unclosed fence cannot make the scan quadratic. */
function withoutCode(text: string): string {
  return text
    .split(FENCE)
    .filter((_, index) => index % 2 === 0)
    .join(' ')
    .replace(INLINE_CODE, ' ');
}

/** The distinct handles a text mentions (compared case-insensitively), in the order they appear. */
export function mentionHandles(text: string): string[] {
  const handles = new Map<string, string>();
  for (const match of withoutCode(text).matchAll(MENTION)) {
    const handle = (match[1] ?? '').replace(TRAILING_PUNCTUATION, '');
    if (handle.length === 0 || handle.length > MAX_HANDLE_LENGTH) continue;
    const key = handle.toLowerCase();
    if (!handles.has(key)) handles.set(key, handle);
    if (handles.size === MAX_MENTIONS) break;
  }
  return [...handles.values()];
}

/** Handles `after` mentions that `before` did not: an edit notifies only the people it adds. */
export function addedMentions(before: string, after: string): string[] {
  const earlier = new Set(mentionHandles(before).map((handle) => handle.toLowerCase()));
  return mentionHandles(after).filter((handle) => !earlier.has(handle.toLowerCase()));
}
