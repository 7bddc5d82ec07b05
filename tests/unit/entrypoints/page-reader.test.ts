import { describe, expect, it } from 'vitest';
import { readPage } from '@/entrypoints/page-reader';

/** A document parsed from HTML, as the page the reader script is injected into. */
function page(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const wrapped = (words: string) => words.split(' ').join('\n        ');

describe('the page reader (injected on the reader’s click)', () => {
  it('reads the article a line per paragraph, however the HTML source wraps it', () => {
    const first =
      'A grand jury has indicted a man on a charge of sexual trafficking of a child. '.repeat(3);
    const second = 'Federal prosecutors filed a separate case under the main federal law. '.repeat(
      3,
    );
    const doc = page(`<title>Story</title><body><nav>Home Sports</nav><main><article>
      <h1>Man indicted</h1><p>${wrapped(first)}</p><p>${wrapped(second)}</p></article></main>
      <footer>© The Ledger</footer></body>`);
    const read = readPage(doc);
    expect(read.from).toBe('article');
    expect(read.title).toBe('Story');
    expect(read.text.split('\n')).toEqual(['Man indicted', first.trim(), second.trim()]);
  });

  it('leaves the page itself untouched', () => {
    const doc = page(
      `<body><article><p>${'Some words of a long enough story. '.repeat(20)}</p></article></body>`,
    );
    const before = doc.body.innerHTML;
    readPage(doc);
    expect(doc.body.innerHTML).toBe(before);
  });
});
