import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { explainText, glossaryTerm } from '@/content/explain';
import { MAX_EXPLAIN_SENTENCE_CHARS as MAX_SENTENCE_CHARS } from '@/content/limits';
import { STATUTES } from '@/content/statutes';
import { sections } from '@/content/sections';
import { glossary } from '@/content/glossary';
import { blockText } from '@/content/block-text';
import type { Block } from '@/content/types';

const citations = (text: string) => explainText(text).statutes.map((s) => s.citation);

describe('explainText: statutes', () => {
  it.each([
    ['He was charged under RSMo 566.211 last week.', '566.211'],
    ['The count falls under § 566.209 of state law.', '566.209'],
    ['Prosecutors cited Section 566.210 in the indictment.', '566.210'],
    ['Mo. Rev. Stat. 566.210.1 sets the first degree.', '566.210'],
    ['The federal count is 18 USC §1591, prosecutors said.', '18 U.S.C. 1591'],
    ['He was indicted under 18 U.S.C. § 1591(a).', '18 U.S.C. 1591'],
    ['charged under 18 U.S. Code § 2423', '18 U.S.C. 2423'],
    ['a violation of the Mann Act, prosecutors said', '18 U.S.C. 2421'],
    ['protections under the TVPA for trafficking victims', '22 U.S.C. 7102'],
    ['the Trafficking Victims Protection Act of 2000', '22 U.S.C. 7102'],
  ])('%s → %s', (text, citation) => {
    expect(citations(text)).toEqual([citation]);
  });

  it('names each statute once, in the order the page first cites it', () => {
    const text =
      'A man faces federal charges under 18 U.S.C. 1591 and state charges under RSMo 566.211. ' +
      'Section 1591 carries a long sentence; 566.211 is the state crime. The sex trafficking case continues.';
    expect(explainText(text).statutes).toEqual([
      { citation: '18 U.S.C. 1591', sectionId: 'federal-law' },
      { citation: '566.211', sectionId: 'legal-consequences' },
    ]);
  });

  it('reads a range of federal sections as each section in it', () => {
    expect(citations('sex trafficking charges under 18 U.S.C. §§ 2421-2423')).toEqual([
      '18 U.S.C. 2421',
      '18 U.S.C. 2422',
      '18 U.S.C. 2423',
    ]);
  });

  it.each([
    ['566 people were rescued from human trafficking'],
    ['a fine of $566.211 in a human trafficking case'],
    ['call Homeland Security Investigations at 1-866-347-2423 about human trafficking'],
    ['in 1591 the town was founded; a human trafficking museum opened there'],
    ['566.999 is not a statute the guide explains; human trafficking'],
  ])('cites no statute for "%s"', (text) => {
    expect(citations(text)).toEqual([]);
  });
});

describe('explainText: terms and sections', () => {
  const story = [
    'Riverside man indicted on child sex trafficking charges',
    'A grand jury has indicted a man on a charge of sexual trafficking of a child under RSMo 566.211.',
    'Detectives said he used coercion to keep the girl from leaving.',
    'If he is convicted, the judge must order restitution to the victim.',
  ].join('\n');

  it('lists the glossary terms a page uses, each once, with its section', () => {
    const terms = explainText(story).terms;
    expect(terms).toContainEqual({ term: 'Coercion', sectionId: 'legal-consequences' });
    expect(terms).toContainEqual({ term: 'Restitution', sectionId: 'penalties' });
    expect(new Set(terms.map((t) => t.term)).size).toBe(terms.length);
    for (const { term } of terms) expect(glossaryTerm(term)?.definition).toBeTruthy();
  });

  it('ranks the sections a page touches, each with the sentence that matched', () => {
    const result = explainText(story);
    expect(result.sections[0]).toEqual({
      sectionId: 'legal-consequences',
      sentence:
        'A grand jury has indicted a man on a charge of sexual trafficking of a child under RSMo 566.211.',
    });
    expect(result.sections.map((s) => s.sectionId)).toContain('penalties');
    expect(result.sections.map((s) => s.sectionId)).not.toContain('glossary');
  });

  it('quotes the sentence of a paragraph that matched, not the whole paragraph', () => {
    const paragraph =
      'The weather was mild on Tuesday. Prosecutors said the man was charged under 18 U.S.C. 1591 for sex trafficking. The hearing is in May.';
    expect(explainText(paragraph).sections[0]?.sentence).toBe(
      'Prosecutors said the man was charged under 18 U.S.C. 1591 for sex trafficking.',
    );
  });

  it('finds nothing on a page about something else', () => {
    const recipe = [
      'Weeknight tomato soup',
      'Warm the oil, add the onion and cook until soft. Stir in the basil.',
      'Leftovers keep in the fridge for four days.',
    ].join('\n');
    expect(explainText(recipe)).toEqual({ statutes: [], terms: [], sections: [] });
  });

  it('does not read a name or an everyday word as a term ("John", "bottom")', () => {
    const terms = explainText(
      `${story}\nJohn Smith, at the bottom of the case file, said little.`,
    ).terms.map((t) => t.term);
    expect(terms).not.toContain('Buyer');
    expect(terms).not.toContain('Bottom');
  });

  it('does not read the trade\'s slang in its everyday sense as a term ("court date", "race track")', () => {
    const terms = explainText(
      `${story}\nAfter a court date, he drove past the race track on automatic pilot; a stable economy, the officers said, is no quota.`,
    ).terms.map((t) => t.term);
    for (const slang of [
      'Trick or john',
      'Track or stroll',
      'Stable, “family”',
      'Quota',
      '“Automatic”',
    ]) {
      expect(terms).not.toContain(slang);
    }
  });

  it('returns nothing, calmly, for empty or non-text input', () => {
    expect(explainText('')).toEqual({ statutes: [], terms: [], sections: [] });
    expect(explainText(undefined as unknown as string)).toEqual({
      statutes: [],
      terms: [],
      sections: [],
    });
  });

  it('cuts a long matched sentence at a word', () => {
    const long = `Human trafficking ${'and sex trafficking '.repeat(40)}was charged under 566.211.`;
    const sentence = explainText(long).sections[0]!.sentence;
    expect(sentence.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS + 1);
    expect(sentence.endsWith('…')).toBe(true);
  });
});

describe('explainText: hostile input', () => {
  it('never throws and stays bounded for any text up to 1 MB', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 2000 }),
          fc.string({ unit: 'grapheme', maxLength: 500 }),
          fc
            .tuple(
              fc.constantFrom('566.211 ', '18 U.S.C. § ', 'Mann Act. ', '\n', 'coercion '),
              fc.nat(200_000),
            )
            .map(([piece, n]) => piece.repeat(Math.ceil(n / piece.length))),
        ),
        (text) => {
          const start = performance.now();
          const result = explainText(text);
          expect(performance.now() - start).toBeLessThan(2000);
          expect(result.sections.length).toBeLessThanOrEqual(6);
          expect(result.statutes.length).toBeLessThanOrEqual(STATUTES.length);
          expect(result.terms.length).toBeLessThanOrEqual(glossary.length);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('reads 1 MB of text in bounded time', () => {
    const megabyte = 'Human trafficking charges under RSMo 566.211 were filed. '.repeat(18_000);
    expect(megabyte.length).toBeGreaterThan(1_000_000);
    const start = performance.now();
    const result = explainText(megabyte);
    expect(performance.now() - start).toBeLessThan(3000);
    expect(result.statutes).toEqual([{ citation: '566.211', sectionId: 'legal-consequences' }]);
  });
});

describe('the statutes the guide explains', () => {
  /** The words of a section and the labels of its sources. */
  const sectionText = (id: string) => {
    const section = sections.find((s) => s.id === id)!;
    const cites = (b: Block) => ('cite' in b && b.cite ? b.cite.map((c) => c.label) : []);
    const rows = (b: Block) =>
      b.kind === 'penalties' ? b.rows.flatMap((r) => r.cite.map((c) => c.label)) : [];
    return [
      ...section.blocks.flatMap((b) => [blockText(b), ...cites(b), ...rows(b)]),
      ...glossary
        .filter((t) => t.section === id)
        .flatMap((t) => [t.definition, ...t.aliases, ...(t.cite ?? []).map((c) => c.label)]),
    ].join(' ');
  };

  it.each(STATUTES.map((s) => [s.citation, s.sectionId] as const))(
    '%s is discussed in its section (%s)',
    (citation, sectionId) => {
      expect(sectionText(sectionId)).toContain(citation.split(' ').pop());
    },
  );

  it('each is found on a page that cites it as written', () => {
    for (const statute of STATUTES) {
      expect(citations(`sex trafficking charges under ${statute.citation}`)).toEqual([
        statute.citation,
      ]);
    }
  });
});

describe('explainText: a Spanish page', () => {
  it('finds the topics of a Spanish news story once the Spanish model is loaded', async () => {
    const page = [
      'Un hombre de Springfield fue condenado el martes a 25 años de prisión por trata de personas con fines de explotación sexual de una menor, según la fiscalía federal.',
      'Los investigadores dijeron que el acusado publicaba anuncios en línea y controlaba el dinero y el teléfono de la víctima.',
      'Las autoridades pidieron a quien vea señales de alerta que llame a la Línea Nacional contra la Trata de Personas.',
    ].join('\n\n');
    const { prepareLookup } = await import('@/content/lookup');
    await prepareLookup(page);
    const found = explainText(page);
    expect(found.sections.length).toBeGreaterThan(0);
    // The quoted sentences are the page's own, in Spanish.
    expect(found.sections.every((s) => page.includes(s.sentence.replace(/…$/, '')))).toBe(true);
  });
});
