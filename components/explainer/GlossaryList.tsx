import type { GlossaryTerm, SectionId } from '@/content/types';
import { Citations } from '@/components/Citations';
import { Highlight } from './Highlight';
import { useExplainerUi } from './useExplainerUi';

interface Props {
  terms: readonly GlossaryTerm[];
  /** Title of each section, for the "More in" links. */
  sectionTitle: (id: SectionId) => string;
  highlight?: readonly string[];
}

/** Every glossary term with its other names, meaning, sources and where to read more. */
export function GlossaryList({ terms, sectionTitle, highlight }: Props) {
  const { SECTION } = useExplainerUi();
  return (
    <dl class="glossary">
      {terms.map((t) => (
        <div class="glossary__entry" key={t.id}>
          <dt id={`term-${t.id}`} tabIndex={-1}>
            <Highlight text={t.term} terms={highlight} />
          </dt>
          {t.aliases.length > 0 && (
            <dd class="glossary__aliases">
              {SECTION.aliases} <Highlight text={t.aliases.join(', ')} terms={highlight} />
            </dd>
          )}
          <dd class="glossary__definition">
            <Highlight text={t.definition} terms={highlight} />
          </dd>
          {t.cite && t.cite.length > 0 && (
            <dd>
              <Citations variant="list" cite={t.cite} />
            </dd>
          )}
          {t.section !== 'glossary' && (
            <dd class="glossary__more">
              {SECTION.moreIn} <a href={`#${t.section}`}>{sectionTitle(t.section)}</a>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
