// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { attachmentReference, resolveAttachmentLinks } from '../src/lib/attachment-links.ts';
import { renderMarkdown, sanitizeHtml } from '../src/lib/markdown.ts';

/**
 * happy-dom's `Node.prototype.nodeName` getter returns '' (browsers dispatch on the node type), and
 * DOMPurify reads names through that very getter, so without this it mangles every document
 * (capricorn86/happy-dom#1810, cure53/DOMPurify#1457). This makes the getter do what a browser's
 * does; it must run before the first sanitisation, when DOMPurify looks the getter up.
 */
function browserLikeNodeName() {
  const elementName = Object.getOwnPropertyDescriptor(Element.prototype, 'nodeName')?.get;
  const names: Record<number, string> = {
    [Node.TEXT_NODE]: '#text',
    [Node.CDATA_SECTION_NODE]: '#cdata-section',
    [Node.COMMENT_NODE]: '#comment',
    [Node.DOCUMENT_NODE]: '#document',
    [Node.DOCUMENT_FRAGMENT_NODE]: '#document-fragment',
  };
  Object.defineProperty(Node.prototype, 'nodeName', {
    configurable: true,
    get(this: Node) {
      if (this.nodeType === Node.ELEMENT_NODE && elementName) return elementName.call(this);
      if (this.nodeType === Node.DOCUMENT_TYPE_NODE) return (this as DocumentType).name;
      return names[this.nodeType] ?? '';
    },
  });
}

/** HTML as a DOM, so assertions look at what a browser would build, not at spelling. */
function parsed(html: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = html;
  return container;
}
const rendered = (markdown: string) => parsed(renderMarkdown(markdown));

/** Every attribute of every element, as `tag attr=value`. */
function attributesOf(root: HTMLElement): string[] {
  return [...root.querySelectorAll('*')].flatMap((element) =>
    [...element.attributes].map((attribute) => `${element.tagName} ${attribute.name}=${attribute.value}`),
  );
}

beforeAll(browserLikeNodeName);

describe('renderMarkdown', () => {
  it('renders ordinary markdown', () => {
    const html = rendered('# Printer\n\nIt is **on fire** and _smoking_.\n\n- toner\n- paper\n\n`lp0`');
    expect(html.querySelector('h1')?.textContent).toBe('Printer');
    expect(html.querySelector('strong')?.textContent).toBe('on fire');
    expect(html.querySelector('em')?.textContent).toBe('smoking');
    expect([...html.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['toner', 'paper']);
    expect(html.querySelector('code')?.textContent).toBe('lp0');
  });

  it('keeps web and mail links and gives them rel="noopener noreferrer"', () => {
    const html = rendered(
      'See [the manual](https://example.com/manual), <https://example.com/a> or [mail](mailto:it@example.com).',
    );
    const links = [...html.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'https://example.com/manual',
      'https://example.com/a',
      'mailto:it@example.com',
    ]);
    for (const link of links) expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(links[0]?.textContent).toBe('the manual');
  });

  it('removes script tags: raw HTML never becomes markup', () => {
    const html = rendered(
      'hello <script>window.pwned = 1</script>\n\n<script src="https://evil.example/x.js"></script>',
    );
    expect(html.querySelector('script')).toBeNull();
    expect(html.textContent).toContain('hello');
  });

  it('removes on* event handlers', () => {
    const html = rendered(
      '<img src="x.png" onerror="alert(1)">\n\n<p onclick="alert(3)">hi</p>\n\nA picture: ![ok](https://example.com/a.png)',
    );
    expect(attributesOf(html).filter((entry) => / on\w+=/i.test(entry))).toEqual([]);
    // The markdown image is kept, with only its source and text.
    expect(attributesOf(html).filter((entry) => entry.startsWith('IMG'))).toEqual([
      'IMG src=https://example.com/a.png',
      'IMG alt=ok',
    ]);
  });

  it('removes javascript: and data: links, however they are spelled', () => {
    const html = rendered(
      '[one](javascript:alert(1)) [two](JaVaScRiPt:alert(2)) [three](java&#x09;script:alert(3)) ' +
        '<a href="javascript:alert(4)">four</a> [five](data:text/html;base64,PHNjcmlwdD4=) ![six](javascript:alert(6))',
    );
    for (const element of html.querySelectorAll('[href], [src]')) {
      const url = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
      // As a browser reads it: tabs, newlines and other controls in a scheme are dropped.
      expect(url.replace(/[\s\p{Cc}]/gu, '')).not.toMatch(/^(javascript|data):/i);
    }
    // The words stay, as text.
    expect(html.textContent).toContain('one');
    expect(html.textContent).toContain('five');
  });
});

describe('sanitizeHtml (the second layer)', () => {
  it.each([
    ['a script', '<p>text</p><script>alert(1)</script>', 'script'],
    ['a frame', '<p>text</p><iframe src="https://evil.example"></iframe>', 'iframe'],
    ['a form', '<form action="https://evil.example"><p>text</p></form>', 'form'],
    ['an input', '<p>text</p><input name="password" placeholder="Your password">', 'input'],
    ['a style sheet', '<p>text</p><style>p { display: none }</style>', 'style'],
  ])('removes %s', (_, html, selector) => {
    const clean = parsed(sanitizeHtml(html));
    expect(clean.querySelector(selector)).toBeNull();
    expect(clean.textContent).toContain('text');
  });

  it('removes event handlers and script URLs, keeping the rest of the element', () => {
    const clean = parsed(
      sanitizeHtml(
        '<p onclick="alert(1)">text <a href="javascript:alert(2)">x</a> <img src="y.png" onerror="alert(3)"></p>',
      ),
    );
    expect(attributesOf(clean)).toEqual(['IMG src=y.png']);
    expect(clean.querySelector('p')?.textContent).toContain('text');
  });

  it('adds rel="noopener noreferrer" to links it keeps', () => {
    const link = parsed(sanitizeHtml('<a href="https://example.com" rel="opener">x</a>')).querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://example.com');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  });
});

describe('attachment references', () => {
  const id = '4f5a6b7c-8d9e-4f0a-9b1c-2d3e4f5a6b7c';
  const urls = new Map([[id, '/files/p/a?signature=x']]);

  it('point images and links at the attachment’s current URL', () => {
    const markdown = `${attachmentReference(id, 'shot [1].png', true)} and ${attachmentReference(id, 'log.txt', false)}`;
    expect(markdown).toBe(`![shot 1.png](attachment:${id}) and [log.txt](attachment:${id})`);
    const dom = rendered(resolveAttachmentLinks(markdown, urls));
    expect(dom.querySelector('img')?.getAttribute('src')).toBe('/files/p/a?signature=x');
    expect(dom.querySelector('a')?.getAttribute('href')).toBe('/files/p/a?signature=x');
  });

  it('leave an unknown attachment as text, never as a link', () => {
    const other = '00000000-0000-4000-8000-000000000000';
    const dom = rendered(resolveAttachmentLinks(`[gone](attachment:${other})`, urls));
    expect(dom.querySelector('a')).toBeNull();
    expect(dom.textContent?.trim()).toBe('gone');
  });
});
