import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { Readability } from '@mozilla/readability';
import { MAX_PAGE_READ_CHARS } from '@/content/limits';
import type { PageText } from '@/utils/page-reader';

/**
 * Injected into the reader's tab only when they ask for "Explain this page" (through
 * `scripting.executeScript`, never declared as a content script). It reads the article's text
 * and returns it to the extension page that asked; it changes nothing on the page and keeps
 * nothing. Readability works on a copy of the document, so the page itself is left alone.
 */

/** A page this large is read as visible text: Readability would take too long. */
const MAX_ELEMENTS = 15_000;
/** Less article text than this means Readability picked the wrong part of the page. */
const MIN_ARTICLE_CHARS = 200;

const BLOCKS =
  'address,article,aside,blockquote,br,dd,div,dl,dt,figcaption,footer,h1,h2,h3,h4,h5,h6,header,hr,li,main,nav,ol,p,pre,section,table,td,th,tr,ul';

/** One line a paragraph, heading or list item; spaces tidied; bounded. */
function tidy(text: string): string {
  return text
    .slice(0, MAX_PAGE_READ_CHARS * 2)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
    .slice(0, MAX_PAGE_READ_CHARS);
}

/**
 * The text of a detached element, a line per block (it is not rendered, so no innerText). Line
 * breaks in the HTML source are spaces, as a browser shows them: a paragraph wrapped over several
 * source lines is one line, and one passage to look up.
 */
function linesOf(root: Element): string {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    node.nodeValue = (node.nodeValue ?? '').replace(/\s+/g, ' ');
  }
  root.querySelectorAll(BLOCKS).forEach((el) => {
    el.before('\n');
    el.after('\n');
  });
  return tidy(root.textContent ?? '');
}

export function readPage(doc: Document = document): PageText {
  const title = (doc.title ?? '').slice(0, 300);
  try {
    const article = new Readability(doc.cloneNode(true) as Document, {
      maxElemsToParse: MAX_ELEMENTS,
      serializer: (node) => linesOf(node as Element),
    }).parse();
    const text = article?.content ?? '';
    if (text.length >= MIN_ARTICLE_CHARS) return { title, text, from: 'article' };
  } catch {
    // Too large or too odd for Readability: the visible text is still worth reading.
  }
  return { title, text: tidy(doc.body?.innerText ?? ''), from: 'page' };
}

export default defineUnlistedScript(() => readPage());
