import { useMemo } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { Citations } from './Citations';
import { ContactLink } from './ContactLink';
import { EmergencyLine } from './EmergencyLine';
import type { PartProps } from './ExplainPage';
import { explainText, glossaryTerm } from '@/content/explain';
import type { ExplainerRoute } from '@/content/links';
import { resourcesFor } from '@/content/resolve';
import { sectionById } from '@/content/sections';
import { statuteByCitation } from '@/content/statutes';
import type { Region, SectionId } from '@/content/types';
import { EXPLAIN_PAGE as T } from '@/content/ui/explain-page';
import type { PageText } from '@/entrypoints/page-reader';

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
  return (
    <Link route={{ kind: 'section', id }} linkTo={linkTo}>
      {T.readSection(sectionById(id).title)}
    </Link>
  );
}

/** What the page mentions, then where to report. The page's text is analysed here and kept nowhere. */
export function ExplainPageResult({
  page,
  region,
  headingRef,
  linkTo,
}: PartProps & { page: PageText; region: Region | null }) {
  const { statutes, terms, sections } = useMemo(() => explainText(page.text), [page]);
  const nothing = statutes.length + terms.length + sections.length === 0;
  const lines = resourcesFor(region).groups.filter(
    (g) => g.id === 'hotline' || g.id === 'regional',
  );
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

      {statutes.length > 0 && (
        <div class="explain-page__part">
          <h4>{T.statutesHeading}</h4>
          <ul class="explain-page__list" data-part="statutes">
            {statutes.map(({ citation, sectionId }) => (
              <li key={citation}>
                <strong class="explain-page__name">{citation}</strong>{' '}
                {statuteByCitation(citation)?.meaning}{' '}
                <SectionLink id={sectionId} linkTo={linkTo} />
              </li>
            ))}
          </ul>
        </div>
      )}

      {terms.length > 0 && (
        <div class="explain-page__part">
          <h4>{T.termsHeading}</h4>
          <dl class="explain-page__terms" data-part="terms">
            {terms.map(({ term }) => {
              const entry = glossaryTerm(term);
              return (
                <div key={term}>
                  <dt>{term}</dt>
                  <dd>
                    {entry?.definition}{' '}
                    {entry && (
                      <Link route={{ kind: 'section', id: entry.section }} linkTo={linkTo}>
                        {T.readSection(sectionById(entry.section).title)}
                      </Link>
                    )}
                  </dd>
                </div>
              );
            })}
          </dl>
        </div>
      )}

      {sections.length > 0 && (
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
      )}

      <div class="explain-page__part">
        <h4>{T.reportHeading}</h4>
        <EmergencyLine />
        {/* Compact: the same lines can be on the page already, as cards with headings. */}
        <ul class="explain-page__lines">
          {lines
            .flatMap((group) => group.resources)
            .map((resource) => (
              <li key={resource.id} class="explain-page__line">
                <strong>{resource.name}</strong>
                {resource.qualifier && (
                  <span class="explain-page__note"> {resource.qualifier}</span>
                )}
                <ul class="resource__contacts">
                  {resource.contacts.map((contact, i) => (
                    <ContactLink
                      key={`${contact.kind}-${contact.value}-${i}`}
                      resource={resource}
                      contact={contact}
                    />
                  ))}
                </ul>
                <Citations cite={resource.cite} />
              </li>
            ))}
        </ul>
      </div>
    </div>
  );
}
