import type { ComponentChildren, RefObject } from 'preact';
import { EXPLAINER_PAGE, explainerPath, isSectionId } from '@/content/links';
import { sections as englishSections } from '@/content/sections';
import { useKnowledge } from '@/components/useKnowledge';
import type { Section } from '@/content/types';
import type { Region, SectionId } from '@/content/types';
import { EmergencyLine } from '@/components/EmergencyLine';
import { QuickExitButton } from '@/components/QuickExitButton';
import { firstScreenBlocks } from './first-screen';
import { LookupBanner, bannerDescription } from './LookupBanner';
import { useSearch } from './find';
import { SearchView, type SearchViewProps } from './SearchView';
import { SectionView } from './SectionView';
import { TableOfContents } from './TableOfContents';
import { BANNER_ID } from './useFocusTarget';
import type { Mode } from './useExplainerRoute';
import { useExplainerUi } from './useExplainerUi';

/*
 * The plain views of the explainer: they draw what they are given and hold no state.
 */

/** The table of contents' entries, in the page's language. */
export const useTocSections = () => useKnowledge().sections.map(({ id, title }) => ({ id, title }));
/** Only these sections show the region's lines; the rest ignore region changes. */
const needsRegion = new Set(
  englishSections
    .filter((s) => s.blocks.some((b) => b.kind === 'region-resources'))
    .map((s) => s.id),
);

/** 911 and the quick exit, kept in view however far the reader scrolls. */
export function SafetyBar({ onExit }: { onExit: () => void }) {
  const { HEADER } = useExplainerUi();
  return (
    <section class="explainer__safety" aria-label={HEADER.safetyLabel}>
      <EmergencyLine />
      <div class="explainer__exit">
        <QuickExitButton onExit={onExit} />
      </div>
    </section>
  );
}

interface HeaderProps {
  panel: boolean;
  mode: Mode;
  titleRef: RefObject<HTMLHeadingElement | null>;
  /** Tools shown at the end of the header (the panel's "Explain this page"). */
  tools?: ComponentChildren;
}

/** The title, and on the tab page the quick exit's limits; in the panel, a way to a tab. */
export function ExplainerHeader({ panel, mode, titleRef, tools }: HeaderProps) {
  const { HEADER, PANEL, PRIVACY } = useExplainerUi();
  const openInTabHref =
    mode.kind === 'page' && mode.target && isSectionId(mode.target)
      ? explainerPath({ kind: 'section', id: mode.target })
      : EXPLAINER_PAGE;
  return (
    <header class="explainer__header">
      {!panel && (
        <p class="explainer__privacy explainer__privacy--header">
          {PRIVACY.quickExitPage} {PRIVACY.history}
        </p>
      )}
      <h1 class="explainer__title" tabIndex={-1} ref={titleRef}>
        {panel ? HEADER.panelTitle : HEADER.title}
      </h1>
      {!panel && <p class="explainer__intro">{HEADER.intro}</p>}
      {panel && (
        <p class="explainer__open-tab">
          <a href={openInTabHref} target="_blank" rel="noopener">
            {PANEL.openInTab}
            <span class="visually-hidden"> {PANEL.newTab}</span>
          </a>
        </p>
      )}
      {tools}
    </header>
  );
}

interface NavProps {
  panel: boolean;
  onChoose: (id: SectionId, event: MouseEvent) => void;
}

/** The list of sections (folded away in the panel) and the way to search. */
export function ExplainerNav({ panel, onChoose }: NavProps) {
  const { TOC } = useExplainerUi();
  const tocSections = useTocSections();
  return (
    <div class="explainer__nav">
      <TableOfContents sections={tocSections} collapsed={panel} onChoose={onChoose} />
      <p class="explainer__search-link">
        <a href="#search">{TOC.search}</a>
      </p>
    </div>
  );
}

/**
 * What the page draws: nothing before the route is known, then only the section the route
 * points at (the start of the page when none), then everything.
 */
function shownSections(
  sections: readonly Section[],
  mode: Mode,
  routed: boolean,
  complete: boolean,
): readonly Section[] {
  if (complete) return sections;
  if (!routed) return [];
  const target = mode.kind === 'page' ? mode.target : null;
  const id: SectionId =
    target === null ? sections[0]!.id : isSectionId(target) ? target : 'glossary';
  return sections.filter((section) => section.id === id);
}

interface SectionsProps {
  mode: Mode;
  routed: boolean;
  complete: boolean;
  /** undefined until the settings are read. */
  region: Region | null | undefined;
  onDismissLookup: () => void;
}

/** The sections in reading order, the looked-up one with its note and marks. */
export function Sections({ mode, routed, complete, region, onDismissLookup }: SectionsProps) {
  const { sections, sectionById } = useKnowledge();
  const sectionTitle = (id: SectionId) => sectionById(id).title;
  const looked = mode.kind === 'page' ? mode.lookup : null;
  // The first paint holds about a screen of the section; a glossary entry can be far down its
  // section, so that one is drawn whole.
  const whole = complete || (mode.kind === 'page' && mode.target?.startsWith('term-'));
  return (
    <>
      {shownSections(sections, mode, routed, complete).map((section) => {
        const lookup = looked?.sectionId === section.id ? looked : null;
        return (
          <SectionView
            key={section.id}
            section={section}
            region={needsRegion.has(section.id) ? region : undefined}
            sectionTitle={sectionTitle}
            terms={lookup?.matched}
            describedBy={lookup ? bannerDescription(BANNER_ID, !!lookup.term) : undefined}
            blockLimit={whole ? undefined : firstScreenBlocks(section.blocks)}
            before={
              lookup ? (
                <LookupBanner
                  id={BANNER_ID}
                  selection={lookup.selection}
                  term={lookup.term}
                  alternatives={lookup.alternatives.map((id) => ({ id, title: sectionTitle(id) }))}
                  onDismiss={onDismissLookup}
                />
              ) : undefined
            }
          />
        );
      })}
    </>
  );
}

/** The search view (results in the page's language), with a way back to the whole explainer. */
export function SearchPage(props: Omit<SearchViewProps, 'results' | 'sections'>) {
  const { SEARCH } = useExplainerUi();
  const results = useSearch(props.query);
  const sections = useTocSections();
  return (
    <>
      <SearchView {...props} results={results} sections={sections} />
      <p class="explainer__back">
        <a href="#">{SEARCH.back}</a>
      </p>
    </>
  );
}
