import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hasHighlight, normalizeTerms, splitHighlights } from '@/content/highlight';

const marked = (text: string, terms: unknown[]) =>
  splitHighlights(text, terms)
    .filter((p) => p.mark)
    .map((p) => p.text);

describe('splitHighlights', () => {
  it('marks a term and keeps the text around it', () => {
    expect(splitHighlights('The penalties are long.', ['penalties'])).toEqual([
      { text: 'The ', mark: false },
      { text: 'penalties', mark: true },
      { text: ' are long.', mark: false },
    ]);
  });

  it('is case-insensitive and keeps the original casing', () => {
    expect(marked('Sex Trafficking and sex trafficking', ['SEX TRAFFICKING'])).toEqual([
      'Sex Trafficking',
      'sex trafficking',
    ]);
  });

  it('matches whole words only', () => {
    expect(marked('minor minority minors', ['minor'])).toEqual(['minor']);
    expect(marked('restitution', ['stitution'])).toEqual([]);
  });

  it('prefers the longest term where terms overlap', () => {
    expect(
      marked('Sexual trafficking of a child is a crime.', ['child', 'trafficking of a child']),
    ).toEqual(['trafficking of a child']);
    // Left-most match wins; an overlapping later term is not marked twice.
    expect(marked('human trafficking victim', ['human trafficking', 'trafficking victim'])).toEqual(
      ['human trafficking'],
    );
  });

  it('treats regular-expression characters in terms literally', () => {
    expect(marked('Fines up to $250,000 (or more).', ['$250,000', '(or more'])).toEqual([
      '$250,000',
      '(or more',
    ]);
    expect(marked('a.b and axb', ['a.b'])).toEqual(['a.b']);
    expect(marked('anything', ['.*'])).toEqual([]);
    expect(marked('x [a-z] y', ['[a-z]'])).toEqual(['[a-z]']);
    expect(marked('RSMo 566.209 and 566x209', ['566.209'])).toEqual(['566.209']);
    expect(marked('call 1-888-373-7888 now', ['1-888-373-7888'])).toEqual(['1-888-373-7888']);
    expect(() => splitHighlights('text', ['(', ')', '[', '\\', '?<=', '{2}', '/'])).not.toThrow();
  });

  it('matches across runs of whitespace and either apostrophe style', () => {
    expect(marked('sex\n  trafficking', ['sex trafficking'])).toEqual(['sex\n  trafficking']);
    expect(marked('the Children’s Division', ["Children's Division"])).toEqual([
      'Children’s Division',
    ]);
  });

  it('handles empty and unusable input calmly', () => {
    expect(splitHighlights('', ['x'])).toEqual([]);
    expect(splitHighlights('plain text', [])).toEqual([{ text: 'plain text', mark: false }]);
    expect(splitHighlights('plain text', ['', '   ', 'a', '!!'])).toEqual([
      { text: 'plain text', mark: false },
    ]);
    expect(splitHighlights('plain text', [null, 3, undefined] as unknown as string[])).toEqual([
      { text: 'plain text', mark: false },
    ]);
  });

  it('handles unicode words', () => {
    expect(marked('Trata de personas: explotación sexual', ['explotación'])).toEqual([
      'explotación',
    ]);
    expect(marked('emoji 🚨 alert', ['alert'])).toEqual(['alert']);
  });

  it('always gives back the input exactly, with no empty parts (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.array(fc.string({ maxLength: 12 })),
        (text, terms) => {
          const parts = splitHighlights(text, terms);
          expect(parts.map((p) => p.text).join('')).toBe(text);
          expect(parts.every((p) => p.text.length > 0)).toBe(true);
        },
      ),
    );
  });

  it('hasHighlight says whether anything would be marked', () => {
    expect(hasHighlight('The hotline is open.', ['hotline'])).toBe(true);
    expect(hasHighlight('The hotlines are open.', ['hotline'])).toBe(false);
  });
});

describe('normalizeTerms', () => {
  it('dedupes case-insensitively and sorts longest first', () => {
    expect(normalizeTerms(['child', 'Child', 'child trafficking', '  x '])).toEqual([
      'child trafficking',
      'child',
    ]);
  });
});
