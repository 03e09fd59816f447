import createDOMPurify, { type DOMPurify } from 'dompurify';
import { Marked, type Tokens } from 'marked';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => escapes[char] ?? char);

/**
 * A destination a link or image may have: web, mail (links only) and same-site relative URLs.
 * Parsed as the browser would (tabs and newlines stripped, case folded), so `java\tscript:` is caught.
 */
function safeUrl(href: string, protocols: readonly string[]): string | null {
  try {
    const url = new URL(href, 'https://relative.invalid/');
    return protocols.includes(url.protocol) ? href : null;
  } catch {
    return null;
  }
}

// A private instance: these renderers never leak into (or come from) another use of marked.
const marked = new Marked({ gfm: true, breaks: true });
marked.use({
  renderer: {
    // Raw HTML is shown as the text it is: tickets quote stack traces and XML far more often than
    // they need markup, and markup a user typed never reaches the page as markup.
    html({ text }: Tokens.HTML | Tokens.Tag) {
      return escapeHtml(text);
    },
    link({ href, title, tokens }: Tokens.Link) {
      const text = this.parser.parseInline(tokens);
      const url = safeUrl(href, ['http:', 'https:', 'mailto:']);
      if (url === null) return text;
      const titled = title ? ` title="${escapeHtml(title)}"` : '';
      return `<a href="${escapeHtml(url)}"${titled} rel="noopener noreferrer">${text}</a>`;
    },
    image({ href, title, text }: Tokens.Image) {
      const url = safeUrl(href, ['http:', 'https:']);
      if (url === null) return escapeHtml(text);
      const titled = title ? ` title="${escapeHtml(title)}"` : '';
      return `<img src="${escapeHtml(url)}" alt="${escapeHtml(text)}"${titled}>`;
    },
  },
});

// Made on first use, not at import: DOMPurify needs a window, and a module may load before one exists.
let purifier: DOMPurify | undefined;

function purify(): DOMPurify {
  if (purifier) return purifier;
  const instance = createDOMPurify(window);
  instance.addHook('afterSanitizeAttributes', (node) => {
    // A link in a ticket may point anywhere: the page it opens gets no handle on ours and no referrer.
    if (node.tagName === 'A' && node.hasAttribute('href')) node.setAttribute('rel', 'noopener noreferrer');
  });
  purifier = instance;
  return instance;
}

/** HTML made safe to insert: no scripts, event handlers, script URLs, styles, forms or frames. */
export function sanitizeHtml(html: string): string {
  return purify().sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed'],
    FORBID_ATTR: ['style', 'srcset', 'formaction'],
  });
}

/**
 * Markdown (descriptions, comments) as HTML that is safe to insert. Two layers, so that one mistake
 * is not enough: the renderer escapes raw HTML and drops links to anything but web and mail, and
 * DOMPurify then sanitises whatever came out.
 */
export function renderMarkdown(markdown: string): string {
  return sanitizeHtml(marked.parse(markdown, { async: false }));
}
