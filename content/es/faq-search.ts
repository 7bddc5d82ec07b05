import { makeFaqSearch } from '../faq-search';
import type { FaqSearch } from '../i18n/content';
import type { Faq, GlossaryTerm } from '../types';
import { SPANISH_STOP_WORDS, spanishStem } from './words';

/** The popup's FAQ search in Spanish: the same engine, Spanish words. */
export function spanishFaqSearch(
  faqs: readonly Faq[],
  glossary: readonly GlossaryTerm[],
): FaqSearch {
  const search = makeFaqSearch(faqs, glossary, {
    stopWords: SPANISH_STOP_WORDS,
    stem: spanishStem,
  });
  return (query) => search.search(query);
}
