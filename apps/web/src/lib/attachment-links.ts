import { createContext } from 'react';

/** Markdown refers to an attachment of its ticket as `attachment:<id>` (what a drop into a comment inserts). */
export const attachmentReference = (id: string, fileName: string, image: boolean) =>
  `${image ? '!' : ''}[${fileName.replace(/[[\]\\]/g, '')}](attachment:${id})`;

const REFERENCE = /\(attachment:([0-9a-f-]{36})\)/g;

/**
 * Turns `attachment:<id>` destinations into the attachments' current download URLs. Unknown ids stay
 * as they are, and the renderer shows such a link as plain text (it allows web URLs only).
 */
export function resolveAttachmentLinks(markdown: string, urls: ReadonlyMap<string, string>): string {
  if (urls.size === 0) return markdown;
  return markdown.replace(REFERENCE, (whole, id: string) => {
    const url = urls.get(id);
    return url ? `(${url})` : whole;
  });
}

/** The download URLs of the ticket on screen, by attachment id, for MarkdownView. */
export const AttachmentUrls = createContext<ReadonlyMap<string, string>>(new Map());
