import { makeFaqSearch } from '../faq-search';
import { SPANISH } from './index';
import { SPANISH_KNOWLEDGE } from './knowledge';
import { SPANISH_STOP_WORDS, spanishStem } from './words';

/** The popup's FAQ search in Spanish: the same engine, Spanish words. */
const search = makeFaqSearch(SPANISH.faqs, SPANISH_KNOWLEDGE.glossary, {
  stopWords: SPANISH_STOP_WORDS,
  stem: spanishStem,
});

export const searchFaqs = (query: string) => search.search(query);
