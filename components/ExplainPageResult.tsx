import { useMemo } from 'preact/hooks';
import { useContent, useUi } from '@/components/useContent';
import { useKnowledge, WithKnowledge } from '@/components/useKnowledge';
import type { ComponentChildren } from 'preact';
import { EmergencyLine } from './EmergencyLine';
import type { PartProps } from './ExplainPage';
import { RegionLines } from './RegionLines';
import { explainText, glossaryTerm } from '@/content/explain';
import type { ExplainerRoute } from '@/content/links';
import type { Region, SectionId } from '@/content/types';
import type { PageText } from '@/utils/page-reader';

/** Loads what reading this page's text needs (the Spanish model for a Spanish page). */
export { prepareLookup as prepareText } from '@/content/lookup';

/** The first analysis reads the lookup's saved index: done once, before the reader clicks. */
export function warmUp(): void {
  explainText('sex trafficking under RSMo 566.211');
}

function Link({
  route,
  linkTo,
  children,
}: {
  route: ExplainerRoute;
  linkTo: PartProps['linkTo'];
  children: ComponentChildren;
}) {
  const { href, onClick } = linkTo(route);
  return (
    <a href={href} onClick={onClick}>
      {children}
    </a>
  );
}

function SectionLink({ id, linkTo }: { id: SectionId; linkTo: PartProps['linkTo'] }) {
  const { EXPLAIN_PAGE: T } = useUi().explainPage;
  const { sectionById } = useKnowledge();
  return (
    <Link route={{ kind: 'section', id }} linkTo={linkTo}>
      {T.readSection(sectionById(id).title)}
    </Link>
  );
}

type Found = ReturnType<typeof explainText>;
type LinkTo = PartProps['linkTo'];

/** What the page mentions, then where to report. The page's text is analysed here and kept nowhere. */
export function ExplainPageResult({
  page,
  region,
  headingRef,
  linkTo,
}: PartProps & { page: PageText; region: Region | null }) {
  const { EXPLAIN_PAGE: T } = useUi().explainPage;
  const found = useMemo(() => explainText(page.text), [page]);
  const nothing = found.statutes.length + found.terms.length + found.sections.length === 0;
  return (
    <div class="explain-page__result" data-explained={nothing ? 'nothing' : 'found'}>
      <h3 class="explain-page__result-heading" tabIndex={-1} ref={headingRef}>
        {nothing ? T.nothing : T.resultHeading}
      </h3>
      {/* The page's title and sentences are shown as text, never as HTML. */}
      <p class="explain-page__page">{T.pageTitle(page.title)}</p>
      {page.from === 'page' && <p class="explain-page__note">{T.fromVisibleText}</p>}
      {nothing && (
        <>
          <p>{T.nothingDetail}</p>
          <p>
            <Link route={{ kind: 'search' }} linkTo={linkTo}>
              {T.search}
            </Link>
          </p>
        </>
      )}
      {/* Meanings, definitions and titles in the page's language (loaded if need be). */}
      <WithKnowledge>
        <Statutes statutes={found.statutes} linkTo={linkTo} />
        <Terms terms={found.terms} linkTo={linkTo} />
        <Sections sections={found.sections} linkTo={linkTo} />
      </WithKnowledge>
      <Report region={region} />
    </div>
  );
}

function Statutes({ statutes, linkTo }: { statutes: Found['statutes']; linkTo: LinkTo }) {
  const { EXPLAIN_PAGE: T } = useUi().explainPage;
  const knowledge = useKnowledge();
  const meaning = (citation: string) =>
    knowledge.statutes.find((s) => s.citation === citation)?.meaning;
  if (statutes.length === 0) return null;
  return (
    <div class="explain-page__part">
      <h4>{T.statutesHeading}</h4>
      <ul class="explain-page__list" data-part="statutes">
        {statutes.map(({ citation, sectionId }) => (
          <li key={citation}>
            <strong class="explain-page__name">{citation}</strong> {meaning(citation)}{' '}
            <SectionLink id={sectionId} linkTo={linkTo} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function Terms({ terms, linkTo }: { terms: Found['terms']; linkTo: LinkTo }) {
  const { EXPLAIN_PAGE: T } = useUi().explainPage;
  const { glossary } = useKnowledge();
  // Found by its English name on the page; defined in the page's language (same id).
  const definition = (term: string) => {
    const id = glossaryTerm(term)?.id;
    return glossary.find((entry) => entry.id === id)?.definition;
  };
  if (terms.length === 0) return null;
  return (
    <div class="explain-page__part">
      <h4>{T.termsHeading}</h4>
      <dl class="explain-page__terms" data-part="terms">
        {terms.map(({ term, sectionId }) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>
              {definition(term)} <SectionLink id={sectionId} linkTo={linkTo} />
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function Sections({ sections, linkTo }: { sections: Found['sections']; linkTo: LinkTo }) {
  const { EXPLAIN_PAGE: T } = useUi().explainPage;
  const { sectionById } = useKnowledge();
  if (sections.length === 0) return null;
  return (
    <div class="explain-page__part">
      <h4>{T.sectionsHeading}</h4>
      <ol class="explain-page__list" data-part="sections">
        {sections.map(({ sectionId, sentence }) => (
          <li key={sectionId}>
            <Link route={{ kind: 'section', id: sectionId }} linkTo={linkTo}>
              {sectionById(sectionId).title}
            </Link>
            <p class="explain-page__quote">
              {T.onThePage} <q>{sentence}</q>
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** 911 first, then the national hotline and the region's own lines. */
function Report({ region }: { region: Region | null }) {
  const { ui, resourcesFor } = useContent();
  const { EXPLAIN_PAGE: T } = ui.explainPage;
  const lines = resourcesFor(region).groups.filter(
    (g) => g.id === 'hotline' || g.id === 'regional',
  );
  return (
    <div class="explain-page__part">
      <h4>{T.reportHeading}</h4>
      <EmergencyLine />
      {/* Rows, not cards: the cards, with every way to reach a line and its sources, are on
          the page already (the popup's lines, the panel's reporting section). */}
      <RegionLines groups={lines} level={5} line="row" />
    </div>
  );
}
