import MiniSearch from 'minisearch';
import { faqs as allFaqs } from './faqs';
import { glossary as allGlossary } from './glossary';
import { MAX_QUERY_CHARS } from './limits';
import { stem } from './lookup/text';
import type { Faq, GlossaryTerm } from './types';

/*
 * Search over the FAQs for the popup: ranks as the reader types, and forgives
 * case, plurals and small typos. Glossary terms and aliases count for the FAQs
 * of the same section, so "pimp" finds the questions about traffickers.
 */

// Question words and glue: they match every question, so they only add noise.
const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have how i if in ' +
    'into is it its me my of on or our should so than that the their them then there these they ' +
    'this those to was we were what when where which who whom why will with would you your'
  ).split(' '),
);

/** One stemmer for every search: the lookup's (plurals, -ing, -ed). */
export { stem };

/** How a language's words are read: its glue words and its stemmer. */
export interface SearchLanguage {
  stopWords: ReadonlySet<string>;
  stem: (word: string) => string;
}

export const ENGLISH_SEARCH: SearchLanguage = { stopWords: STOP_WORDS, stem };

/** Lower case, no accents, straight apostrophes, no stop words, plural-free. */
export function normalizeTerm(
  term: string,
  language: SearchLanguage = ENGLISH_SEARCH,
): string | null {
  const plain = term
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/'s$/, '')
    .replace(/'/g, '')
    .toLowerCase();
  if (!plain || language.stopWords.has(plain)) return null;
  return language.stem(plain);
}

interface FaqDoc {
  id: string;
  question: string;
  answer: string;
  /** Glossary terms and aliases of the FAQ's section. */
  terms: string;
  /** Glossary entries the FAQ itself mentions (by term or alias): a stronger tie. */
  related: string;
}

const namesOf = (entry: GlossaryTerm) => [entry.term, ...entry.aliases];

/** Whether the text mentions the entry's term or one of its aliases. */
function mentions(text: string, entry: GlossaryTerm): boolean {
  return namesOf(entry).some((name) => name.length >= 4 && text.includes(name.toLowerCase()));
}

export interface FaqSearch {
  search(query: string): Faq[];
}

const SEARCH_OPTIONS = {
  prefix: true,
  fuzzy: 0.2,
  boost: { question: 3, related: 1.5, answer: 1, terms: 0.5 },
} as const;

/** Build a search over the given FAQs and glossary (the app uses the real ones). */
export function makeFaqSearch(
  faqs: readonly Faq[],
  glossary: readonly GlossaryTerm[],
  language: SearchLanguage = ENGLISH_SEARCH,
): FaqSearch {
  const processTerm = (term: string) => normalizeTerm(term, language);
  let index: MiniSearch<FaqDoc> | null = null;
  const byId = new Map(faqs.map((faq) => [faq.id, faq]));
  const order = new Map(faqs.map((faq, i) => [faq.id, i]));

  // Built on the first real query, so opening the popup costs nothing.
  function getIndex(): MiniSearch<FaqDoc> {
    if (index) return index;
    index = new MiniSearch<FaqDoc>({
      fields: ['question', 'answer', 'terms', 'related'],
      processTerm,
      searchOptions: SEARCH_OPTIONS,
    });
    index.addAll(
      faqs.map((faq) => {
        const text = `${faq.question} ${faq.answer}`.toLowerCase().replace(/[’‘]/g, "'");
        return {
          id: faq.id,
          question: faq.question,
          answer: faq.answer,
          terms: glossary
            .filter((entry) => entry.section === faq.section)
            .flatMap(namesOf)
            .join(' ; '),
          related: glossary
            .filter((entry) => mentions(text, entry))
            .flatMap(namesOf)
            .join(' ; '),
        };
      }),
    );
    return index;
  }

  return {
    search(query: string): Faq[] {
      const text = typeof query === 'string' ? query.trim().slice(0, MAX_QUERY_CHARS) : '';
      // Nothing to rank by (empty, or only words like "what is"): show everything in order.
      const words = text.split(/[\s\p{P}]+/u).filter((w) => w && processTerm(w) !== null);
      if (words.length === 0) return [...faqs];
      const idx = getIndex();
      let hits = idx.search(text, { combineWith: 'AND' });
      if (hits.length === 0) hits = idx.search(text, { combineWith: 'OR' });
      return hits
        .slice()
        .sort(
          (a, b) => b.score - a.score || order.get(a.id as string)! - order.get(b.id as string)!,
        )
        .map((hit) => byId.get(hit.id as string))
        .filter((faq): faq is Faq => faq !== undefined);
    },
  };
}

const defaultSearch = makeFaqSearch(allFaqs, allGlossary);

/** FAQs matching the query, best first; every FAQ in its original order for an empty query. */
export function searchFaqs(query: string): Faq[] {
  return defaultSearch.search(query);
}
