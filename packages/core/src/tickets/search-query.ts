/**
 * Turns free text into a tsquery: every word must match, the last one as a prefix (search as you
 * type). Words are reduced to letters and digits, so the result is always valid tsquery syntax.
 * A ticket key ("TSK-1001") stays one term: PostgreSQL's parser stores it as 'tsk' followed by
 * '-1001', so it becomes the phrase `tsk <-> '-1001'`.
 */
export function toPrefixTsQuery(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[0-9]+)?/gu) ?? [];
  if (words.length === 0) return null;
  return words
    .map((word, index) => {
      const last = index === words.length - 1;
      const key = word.match(/^([\p{L}\p{N}]+)(-[0-9]+)$/u);
      if (key) return `(${key[1]} <-> '${key[2]}'${last ? ':*' : ''})`;
      // `word | word:*` matches exactly what `word:*` does, but PostgreSQL's statistics know the whole
      // word (they guess blindly for a prefix), so a common word gets a plan that stops early.
      return last ? `(${word} | ${word}:*)` : word;
    })
    .join(' & ');
}
