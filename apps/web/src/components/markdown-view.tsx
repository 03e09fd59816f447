import { useContext, useMemo } from 'react';
import { AttachmentUrls, resolveAttachmentLinks } from '../lib/attachment-links.ts';
import { renderMarkdown } from '../lib/markdown.ts';

/**
 * Markdown from a ticket or comment, rendered and sanitised (lib/markdown.ts) before it is inserted;
 * `attachment:<id>` links and images point at the ticket's attachments.
 */
export function MarkdownView({ markdown, className = '' }: { markdown: string; className?: string }) {
  const attachments = useContext(AttachmentUrls);
  const html = useMemo(() => renderMarkdown(resolveAttachmentLinks(markdown, attachments)), [markdown, attachments]);
  return (
    <div
      className={`markdown text-sm text-slate-900 [&_a]:text-indigo-800 [&_a]:underline [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_h1]:text-lg [&_h1]:font-semibold [&_h2]:font-semibold [&_img]:max-h-80 [&_img]:max-w-full [&_li]:ml-5 [&_ol]:list-decimal [&_p]:my-1 [&_pre]:overflow-x-auto [&_pre]:bg-slate-100 [&_pre]:p-2 [&_ul]:list-disc ${className}`}
      // Safe to insert: renderMarkdown escapes raw HTML and sanitises the result with DOMPurify.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
