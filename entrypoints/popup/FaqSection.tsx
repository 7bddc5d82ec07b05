import { useEffect, useState } from 'preact/hooks';
import { FaqSearch } from './FaqSearch';
import { faqs } from '@/content/faqs';
import type { Faq } from '@/content/types';
import { POPUP } from '@/content/ui/popup';

/*
 * The popup's questions, search and all. The search engine (MiniSearch, the glossary) is not
 * needed to show the questions: it loads just after the first paint.
 */

const TEXT = {
  label: POPUP.searchLabel,
  placeholder: POPUP.searchPlaceholder,
  matches: POPUP.matches,
  noMatch: POPUP.noMatch,
  searchExplainer: POPUP.searchExplainer,
  readMore: POPUP.readMore,
};

type Search = (query: string) => Faq[];

/** Every question, in order: what the list shows until the engine is there to rank them. */
const everyQuestion: Search = () => [...faqs];

export const loadSearch = (): Promise<Search> =>
  import('@/content/faq-search').then((engine) => engine.searchFaqs);

export interface FaqSectionProps {
  readMoreHref: (faq: Faq) => string;
  onReadMore: (faq: Faq) => void;
  onSearchExplainer: (query: string) => void;
}

export function FaqSection(props: FaqSectionProps) {
  const [search, setSearch] = useState<Search>(() => everyQuestion);
  useEffect(() => {
    let alive = true;
    // A query typed before it arrives is ranked as soon as it does (the search is re-run).
    void loadSearch().then((engine) => alive && setSearch(() => engine));
    return () => {
      alive = false;
    };
  }, []);
  return (
    <section class="popup__section" aria-labelledby="faq-heading">
      <h2 id="faq-heading" class="popup__heading">
        {POPUP.faqHeading}
      </h2>
      <FaqSearch search={search} text={TEXT} level={3} {...props} />
    </section>
  );
}
