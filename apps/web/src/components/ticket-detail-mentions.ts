import type { RouterOutputs } from '@ticketing/client/types';

type Member = Pick<RouterOutputs['projects']['members']['list'][number], 'userId' | 'name' | 'email'>;

export interface MentionSuggestion {
  userId: string;
  name: string;
  handle: string;
}

/** A member's handles, as the server matches them: the email's local part, the name without spaces. */
export function handlesOf(member: Member): string[] {
  const local = member.email.split('@')[0] ?? '';
  return [...new Set([local, member.name.replace(/\s+/gu, '')])].filter((handle) => handle.length > 0);
}

// An `@` that starts a mention: not inside a word or an email address (the server's rule).
const MENTION_BEFORE_CARET = /(?<![\p{L}\p{N}_.+@-])@([\p{L}\p{N}._+-]*)$/u;

/** The mention being typed just before the caret: where its `@` is and what follows it so far. */
export function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  const match = MENTION_BEFORE_CARET.exec(text.slice(0, caret));
  if (!match) return null;
  const query = match[1] ?? '';
  return { start: caret - query.length - 1, query };
}

/** Members whose handle starts with the query (either handle, case-insensitively), a few at most. */
export function suggestMentions(members: readonly Member[], query: string, limit = 6): MentionSuggestion[] {
  const wanted = query.toLowerCase();
  const found: MentionSuggestion[] = [];
  for (const member of members) {
    const handle = handlesOf(member).find((candidate) => candidate.toLowerCase().startsWith(wanted));
    if (handle) found.push({ userId: member.userId, name: member.name, handle });
    if (found.length === limit) break;
  }
  return found;
}

/** The text with the mention at `start…caret` completed to `@handle `, and where the caret goes. */
export function insertMention(text: string, start: number, caret: number, handle: string) {
  const inserted = `@${handle} `;
  return { text: text.slice(0, start) + inserted + text.slice(caret), caret: start + inserted.length };
}
