import type { GlossaryTerm, SectionId } from '@/content/types';
import { MAX_QUOTE_CHARS } from '@/content/limits';
import { Citations } from '@/components/Citations';
import { useExplainerUi } from './useExplainerUi';

interface Props {
  id: string;
  /** What the reader selected; shown back as text, shortened. */
  selection: string;
  term?: GlossaryTerm;
  /** Other sections the selection may be about, best first, with their titles. */
  alternatives?: readonly { id: SectionId; title: string }[];
  onDismiss?: () => void;
}

/** Shortens by characters (not UTF-16 units) and collapses whitespace. */
export function truncateSelection(text: string, max: number = MAX_QUOTE_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length <= max ? flat : `${chars.slice(0, max).join('').trimEnd()}…`;
}

/** Ids of the parts of the banner that describe the section heading. */
export function bannerDescription(id: string, hasTerm: boolean): string {
  return hasTerm ? `${id}-selection ${id}-term` : `${id}-selection`;
}

/** The note above a looked-up section: what was selected and, for a glossary term, its meaning. */
export function LookupBanner({ id, selection, term, alternatives = [], onDismiss }: Props) {
  const { LOOKUP } = useExplainerUi();
  return (
    <div class="lookup-banner" id={id}>
      <p class="lookup-banner__selection" id={`${id}-selection`}>
        {LOOKUP.youLookedUp} “{truncateSelection(selection)}”
      </p>
      {term && (
        <div class="lookup-banner__term">
          <p id={`${id}-term`}>
            <strong>{term.term}</strong>: {term.definition}
          </p>
          <Citations variant="list" cite={term.cite} />
          <p class="lookup-banner__glossary-link">
            <a href={`#term-${term.id}`}>{LOOKUP.seeGlossary}</a>
          </p>
        </div>
      )}
      {alternatives.length > 0 && (
        // Plain links to the sections' anchors: the page moves focus to the heading they name.
        <p class="lookup-banner__also">
          {LOOKUP.alsoAbout}{' '}
          {alternatives.map((alt, i) => (
            <span key={alt.id}>
              {i > 0 && ', '}
              <a href={`#${alt.id}`}>{alt.title}</a>
            </span>
          ))}
        </p>
      )}
      {onDismiss && (
        <button type="button" class="button lookup-banner__dismiss" onClick={onDismiss}>
          {LOOKUP.dismiss}
        </button>
      )}
    </div>
  );
}
