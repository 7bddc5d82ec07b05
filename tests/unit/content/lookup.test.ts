import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  lookup,
  passageMatches,
  rankPassage,
  searchExplainer,
  normalize,
  MAX_LOOKUP_CHARS,
} from '@/content/lookup';
import { splitHighlights } from '@/content/highlight';
import { SECTION_IDS } from '@/content/types';

describe('lookup: what a news reader selects', () => {
  it.each([
    ['sentenced to 25 years for sexual trafficking of a child', 'penalties'],
    ['human trafficking task force', 'law-enforcement'],
    ['charged with sexual trafficking of a child in the first degree', 'legal-consequences'],
    ['RSMo 566.211', 'legal-consequences'],
    ['§ 566.209', 'legal-consequences'],
    ['indicted under 18 U.S.C. 1591 by a federal grand jury', 'federal-law'],
    ['18 U.S.C. 1591', 'federal-law'],
    ['ordered to pay restitution and register as a sex offender', 'penalties'],
    [
      'an undercover sting at a motel near the interstate led to six arrests for soliciting sex',
      'law-enforcement',
    ],
    ['Call the National Human Trafficking Hotline at 1-888-373-7888', 'reporting'],
    [
      'warning signs of human trafficking include a person who seems coached on what to say',
      'recognizing-signs',
    ],
    [
      'the shelter offers housing and counseling for survivors of sex trafficking',
      'victim-support',
    ],
    [
      'The coalition invites volunteers to its monthly meeting on ending human trafficking',
      'community-engagement',
    ],
    [
      'January is human trafficking awareness month, and posters are going up in truck stops',
      'public-awareness',
    ],
  ])('%s → %s', (text, section) => {
    expect(lookup(text)?.sectionId).toBe(section);
  });

  it.each([
    ['Mann Act', 'mann-act'],
    ['debt bondage', 'debt-bondage'],
    ['a T visa', 't-visa'],
    ['Pimp', 'trafficker'],
    ['Safe at Home', 'safe-at-home'],
  ])('a bare glossary term (%s) opens the glossary with its definition', (text, termId) => {
    const result = lookup(text);
    expect(result?.sectionId).toBe('glossary');
    expect(result?.term?.id).toBe(termId);
  });

  it('opens a term with one generic word beside it only when its name has two words or more', () => {
    expect(lookup('Tier III offender')?.term?.id).toBe('sex-offender-tiers');
    expect(lookup('T visa application')?.term?.id).toBe('t-visa');
    // One-word slang names are everyday words too: "race track" is not the trade's "track".
    for (const text of ['race track', 'stable condition', 'automatic transmission']) {
      expect(lookup(text)?.term, text).toBeUndefined();
    }
  });

  it('tolerates case, curly quotes, line breaks, plurals and a byline', () => {
    const text =
      'By Jane Doe, Staff Writer\nADVERTISEMENT\nThe TRAFFICKERS were\n“SENTENCED” to\r\nlife in prison without parole.';
    expect(lookup(text)?.sectionId).toBe('penalties');
  });

  it('returns matched words for highlighting', () => {
    const result = lookup('She was sentenced to 30 years in prison for sex trafficking');
    expect(result?.matched.length).toBeGreaterThan(0);
    expect(result?.matched.some((m) => /sentenc|prison|traffick/i.test(m))).toBe(true);
  });

  it('returns matched words as written, apostrophes included, so the page can mark them', () => {
    const text = "The hotline is confidential, and callers don't have to give their name.";
    const result = lookup(text);
    expect(result?.matched.length).toBeGreaterThan(0);
    for (const phrase of result?.matched ?? []) expect(text.toLowerCase()).toContain(phrase);
    // A page quoting with a curly apostrophe still gets every matched word marked.
    const curly = text.replace("'", '’');
    const matched = lookup(curly)?.matched ?? [];
    const marked = splitHighlights(curly, matched)
      .filter((p) => p.mark)
      .map((p) => p.text.toLowerCase().replace('’', "'"));
    expect(new Set(marked)).toEqual(new Set(matched));
  });

  it('reads a contraction with or without its apostrophe alike', () => {
    const a = lookup("Victims often don't trust the police and won't testify");
    const b = lookup('Victims often dont trust the police and wont testify');
    expect(a?.sectionId).toBe(b?.sectionId);
    expect(a?.score).toBe(b?.score);
  });

  it.each([
    'Cardinals beat Cubs 6-4 in 10 innings',
    'A winter storm warning is in effect until noon Wednesday.',
    'Preheat the oven to 350 degrees and add two cups of flour.',
    'We use cookies to improve your experience. Accept all',
    'Police arrested two men for drug trafficking after seizing fentanyl.',
    'Heavy traffic on I-70 near Columbia this morning',
    'A man was sentenced to 12 years in prison for armed robbery.',
    '',
    '     ',
    '12345',
  ])('says nothing rather than guessing for off-topic text: %s', (text) => {
    expect(lookup(text)).toBeNull();
  });
});

describe('lookup: robust to any input', () => {
  const hostile = fc.oneof(
    fc.string({ maxLength: 2000 }),
    fc.string({ unit: 'grapheme', maxLength: 500 }),
    fc.string({ unit: 'binary', maxLength: 500 }),
    fc.constantFrom(
      '<script>alert(1)</script> sex trafficking',
      '<img src=x onerror=alert(1)>',
      '\u202e\u05e9\u05dc\u05d5\u05dd trafficking \u0645\u0631\u062d\u0628\u0627',
      '😀🚨 human trafficking 🚨😀',
      '\u0000\u0001\u0002 pimp \u007f',
    ),
  );

  it('never throws, returns a known section or null, and is deterministic', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const a = lookup(text);
        const b = lookup(text);
        expect(a).toEqual(b);
        if (a) expect(SECTION_IDS).toContain(a.sectionId);
      }),
      { numRuns: 300 },
    );
  });

  it('caps work on long selections: only the start of up to 100,000 characters is read', () => {
    // Deterministic proof of the cap (times are the benchmark's job): whatever follows the
    // first 2 × MAX_LOOKUP_CHARS characters cannot change the answer.
    fc.assert(
      fc.property(fc.string({ minLength: 2 * MAX_LOOKUP_CHARS, maxLength: 100_000 }), (text) => {
        const head = text.slice(0, 2 * MAX_LOOKUP_CHARS);
        expect(lookup(text)).toEqual(lookup(head));
        // An on-topic ending past the cap is never read.
        expect(lookup(`${head} sentenced to life in prison for sex trafficking`)).toEqual(
          lookup(head),
        );
      }),
      { numRuns: 10 },
    );
  });

  it('reads only the start of a 1 MB selection', () => {
    const text = 'The trafficker was sentenced to life in prison. ' + 'x '.repeat(500_000);
    expect(lookup(text)?.sectionId).toBe('penalties');
    expect(normalize(text).length).toBeLessThanOrEqual(MAX_LOOKUP_CHARS);
  });

  it('keeps the cap when normalising lengthens the text', () => {
    // U+FDFA becomes 18 characters under NFKC; "§" becomes " section ".
    for (const text of ['\uFDFA'.repeat(MAX_LOOKUP_CHARS), '§a'.repeat(MAX_LOOKUP_CHARS / 2)]) {
      expect(normalize(text).length).toBeLessThanOrEqual(MAX_LOOKUP_CHARS);
      expect(() => lookup(text)).not.toThrow();
      expect(() => searchExplainer(text)).not.toThrow();
    }
  });

  it('rejects values that are not strings', () => {
    expect(lookup(undefined as unknown as string)).toBeNull();
    expect(lookup(42 as unknown as string)).toBeNull();
  });
});

describe('rankPassage: a passage of a whole page', () => {
  it('ranks a sentence as the right-click does, and quotes what pointed there', () => {
    const text = 'He was sentenced to 25 years in prison for sexual trafficking of a child.';
    const hit = rankPassage(text);
    expect(hit?.sectionId).toBe(lookup(text)?.sectionId);
    expect(hit?.score).toBe(lookup(text)?.score);
    expect(passageMatches(text, hit!.sectionId)).toEqual(lookup(text)?.matched);
  });

  it('answers a topic, never the glossary (a page lists its terms apart), or null off-topic', () => {
    expect(lookup('debt bondage')?.sectionId).toBe('glossary');
    expect(rankPassage('debt bondage')?.sectionId).not.toBe('glossary');
    expect(rankPassage('Stir in the basil and simmer the soup for ten minutes.')).toBeNull();
    expect(rankPassage(undefined as unknown as string)).toBeNull();
  });
});

describe('searchExplainer', () => {
  it('ranks the section a reader asks about first', () => {
    expect(searchExplainer('how long is the prison sentence')[0]?.sectionId).toBe('penalties');
    expect(searchExplainer('where do I report a tip')[0]?.sectionId).toBe('reporting');
  });
  it('returns nothing for an empty query', () => {
    expect(searchExplainer('   ')).toEqual([]);
  });
});
