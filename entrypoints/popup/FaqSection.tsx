import { useEffect, useState } from 'preact/hooks';
import { useContent } from '@/components/useContent';
import { FaqSearch } from './FaqSearch';
import type { Faq } from '@/content/types';
import { usePopupUi } from './usePopupUi';

/*
 * The popup's questions, search and all. The search engine (MiniSearch, the glossary) is not
 * needed to show the questions: it loads just after the first paint.
 */

type Search = (query: string) => Faq[];

export interface FaqSectionProps {
  readMoreHref: (faq: Faq) => string;
  onReadMore: (faq: Faq) => void;
  onSearchExplainer: (query: string) => void;
}

export function FaqSection(props: FaqSectionProps) {
  const { faqs, locale, loadFaqSearch } = useContent();
  const { POPUP } = usePopupUi();
  const text = {
    label: POPUP.searchLabel,
    placeholder: POPUP.searchPlaceholder,
    matches: POPUP.matches,
    noMatch: POPUP.noMatch,
    searchExplainer: POPUP.searchExplainer,
    readMore: POPUP.readMore,
  };
  // Every question, in order: what the list shows until the engine is there to rank them.
  const [search, setSearch] = useState<Search>(() => () => [...faqs]);
  useEffect(() => {
    let alive = true;
    setSearch(() => () => [...faqs]);
    // A query typed before it arrives is ranked as soon as it does (the search is re-run).
    const load = loadFaqSearch ?? (() => import('@/content/faq-search').then((m) => m.searchFaqs));
    void load().then((engine) => alive && setSearch(() => engine));
    return () => {
      alive = false;
    };
  }, [locale]);
  return (
    <section class="popup__section" aria-labelledby="faq-heading">
      <h2 id="faq-heading" class="popup__heading">
        {POPUP.faqHeading}
      </h2>
      <FaqSearch search={search} text={text} level={3} {...props} />
    </section>
  );
}
