import { FaqSearch } from '@/components/FaqSearch';
import { searchFaqs } from '@/content/faq-search';
import type { Faq } from '@/content/types';
import { POPUP } from '@/content/ui/popup';

/*
 * The popup's questions, search and all. Its own module so the FAQ data, the
 * glossary and MiniSearch load beside the first paint instead of in front of it.
 */

const TEXT = {
  label: POPUP.searchLabel,
  placeholder: POPUP.searchPlaceholder,
  matches: POPUP.matches,
  noMatch: POPUP.noMatch,
  searchExplainer: POPUP.searchExplainer,
  readMore: POPUP.readMore,
};

export interface FaqSectionProps {
  readMoreHref: (faq: Faq) => string;
  onReadMore: (faq: Faq) => void;
  onSearchExplainer: (query: string) => void;
}

export function FaqSection(props: FaqSectionProps) {
  return (
    <section class="popup__section" aria-labelledby="faq-heading">
      <h2 id="faq-heading" class="popup__heading">
        {POPUP.faqHeading}
      </h2>
      <FaqSearch search={searchFaqs} text={TEXT} level={3} {...props} />
    </section>
  );
}
