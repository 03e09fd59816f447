/**
 * Turns free text into a tsquery: every word must match, the last one as a prefix (search as you
 * type). Words are reduced to letters and digits, so the result is always valid tsquery syntax.
 */
export function toPrefixTsQuery(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words.map((word, index) => (index === words.length - 1 ? `${word}:*` : word)).join(' & ');
}
