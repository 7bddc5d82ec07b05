import { describe, expect, it } from 'vitest';
import { makeFaqSearch, normalizeTerm, searchFaqs, stem } from '@/content/faq-search';
import { faqs } from '@/content/faqs';
import type { Faq, GlossaryTerm } from '@/content/types';

const ids = (list: Faq[]) => list.map((faq) => faq.id);
const top = (query: string, n = 3) => ids(searchFaqs(query)).slice(0, n);

describe('searchFaqs on the real FAQs', () => {
  it('returns every FAQ in its original order for an empty query', () => {
    expect(ids(searchFaqs(''))).toEqual(ids(faqs));
    expect(ids(searchFaqs('   '))).toEqual(ids(faqs));
  });

  it('treats a query of only question words like an empty one', () => {
    expect(ids(searchFaqs('what is'))).toEqual(ids(faqs));
  });

  it('filters: a specific query returns a few FAQs, not all', () => {
    const hits = searchFaqs('across state lines');
    expect(ids(hits)).toEqual(['across-state-lines']);
  });

  it('ranks the question that asks it first', () => {
    expect(top('agreed', 1)).toEqual(['victim-agreed']);
    expect(top('thought the victim was older', 1)).toEqual(['thought-victim-was-older']);
    expect(top('safe at home', 1)).toEqual(['keep-address-private']);
    expect(top('T visa')).toContain('survivors-not-citizens');
  });

  it('matches as you type (prefixes)', () => {
    expect(top('mandat', 1)).toEqual(['am-i-a-mandated-reporter']);
    expect(top('anonym')).toContain('report-anonymously');
  });

  it('ignores case', () => {
    expect(ids(searchFaqs('PENALTIES'))).toEqual(ids(searchFaqs('penalties')));
  });

  it('matches singular and plural alike', () => {
    expect(ids(searchFaqs('penalty'))).toEqual(ids(searchFaqs('penalties')));
    expect(ids(searchFaqs('sign'))).toEqual(ids(searchFaqs('signs')));
    expect(top('penalties')).toContain('penalties-and-sentencing');
  });

  it('forgives small typos', () => {
    expect(top('penaltis')).toContain('penalties-and-sentencing');
    expect(top('warning sings', 1)).toEqual(['warning-signs']);
    expect(top('restitusion', 1)).toEqual(['restitution-and-fines']);
  });

  it('finds FAQs through glossary terms and aliases', () => {
    expect(top('statute of limitations', 1)).toEqual(['time-limit-to-prosecute']);
    expect(top('grooming')).toContain('warning-signs');
  });

  it('returns nothing for words that are in no FAQ', () => {
    expect(searchFaqs('zzzqqq')).toEqual([]);
  });

  it('copes with odd input', () => {
    expect(() => searchFaqs('<script>alert(1)</script>')).not.toThrow();
    expect(() => searchFaqs('“”’‘—…')).not.toThrow();
    expect(() => searchFaqs('a'.repeat(10_000))).not.toThrow();
    expect(searchFaqs(undefined as unknown as string)).toHaveLength(faqs.length);
  });
});

describe('makeFaqSearch', () => {
  const faq = (id: string, question: string, answer: string, section: Faq['section']): Faq => ({
    id,
    question,
    answer,
    section,
    cite: [],
  });
  const small = [
    faq('one', 'Where can I get help?', 'Call the hotline.', 'reporting'),
    faq('two', 'What is a fine?', 'Money paid to the court.', 'penalties'),
    faq('three', 'Who pays the victim?', 'A court may order restitution.', 'penalties'),
  ];
  const glossary: GlossaryTerm[] = [
    {
      id: 'pimp',
      term: 'Trafficker',
      aliases: ['pimp'],
      definition: '',
      section: 'reporting',
    },
  ];
  const search = makeFaqSearch(small, glossary);

  it('boosts a match in the question over one in the answer', () => {
    const hits = makeFaqSearch(
      [
        faq('a', 'Something else', 'court court court', 'penalties'),
        faq('b', 'The court', 'Other.', 'penalties'),
      ],
      [],
    ).search('court');
    expect(ids(hits)).toEqual(['b', 'a']);
  });

  it('uses glossary aliases of the FAQ’s section', () => {
    expect(ids(search.search('pimp'))).toEqual(['one']);
  });

  it('falls back to any word when no FAQ has them all', () => {
    expect(ids(search.search('restitution hotline')).sort()).toEqual(['one', 'three']);
  });
});

describe('normalising words', () => {
  it('stems plurals the same way for documents and queries', () => {
    expect(stem('penalties')).toBe('penalty');
    expect(stem('victims')).toBe('victim');
    expect(stem('witnesses')).toBe('witness');
    expect(stem('status')).toBe('status');
    expect(stem('bus')).toBe('bus');
  });

  it('drops question words, accents and apostrophes', () => {
    expect(normalizeTerm('What')).toBeNull();
    expect(normalizeTerm('Café')).toBe('cafe');
    expect(normalizeTerm('child’s')).toBe('child');
  });
});
