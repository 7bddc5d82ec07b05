import type { Block, Region, SectionId } from '@/content/types';
import { useKnowledge } from '@/components/useKnowledge';
import { Citations } from '@/components/Citations';
import { Callout } from './Callout';
import { GlossaryList } from './GlossaryList';
import { Highlight } from './Highlight';
import { PenaltyTable } from './PenaltyTable';
import { RegionResources } from './RegionResources';

interface Props {
  block: Block;
  /** The user's region (null: not chosen; undefined: not read yet), for the reporting lines. */
  region: Region | null | undefined;
  sectionTitle: (id: SectionId) => string;
  /** Matched words to mark, after a lookup. */
  terms?: readonly string[];
}

/** One block of a section, whatever its kind. */
export function BlockView({ block, region, sectionTitle, terms }: Props) {
  const { glossary } = useKnowledge();
  switch (block.kind) {
    case 'paragraph':
      return (
        <div class="block block--paragraph">
          <p>
            <Highlight text={block.text} terms={terms} />
          </p>
          <Citations variant="list" cite={block.cite} />
        </div>
      );
    case 'list':
      return <ListBlock block={block} terms={terms} />;
    case 'subheading':
      return (
        <h3 class="block block--subheading">
          <Highlight text={block.text} terms={terms} />
        </h3>
      );
    case 'quote':
      return (
        <figure class="block block--quote">
          <blockquote>
            <p>
              <Highlight text={block.text} terms={terms} />
            </p>
          </blockquote>
          <figcaption>
            <Citations variant="list" cite={block.cite} />
          </figcaption>
        </figure>
      );
    case 'penalties':
      return (
        <div class="block block--penalties">
          <PenaltyTable caption={block.caption} rows={block.rows} terms={terms} />
        </div>
      );
    case 'callout':
      return (
        <div class="block block--callout">
          <Callout
            tone={block.tone}
            title={block.title}
            text={block.text}
            cite={block.cite}
            link={block.link}
            terms={terms}
          />
        </div>
      );
    case 'region-resources':
      return (
        <div class="block block--resources">
          <RegionResources region={region} />
        </div>
      );
    case 'glossary-list':
      return (
        <div class="block block--glossary">
          <GlossaryList terms={glossary} sectionTitle={sectionTitle} highlight={terms} />
        </div>
      );
    default:
      // A block kind this build does not know: show nothing rather than fail.
      return null;
  }
}

/** A list with its optional lead-in sentence and its sources. */
function ListBlock({
  block,
  terms,
}: {
  block: Extract<Block, { kind: 'list' }>;
  terms?: Props['terms'];
}) {
  return (
    <div class="block block--list">
      {block.intro && (
        <p>
          <Highlight text={block.intro} terms={terms} />
        </p>
      )}
      <ul>
        {block.items.map((item, i) => (
          <li key={i}>
            <Highlight text={item} terms={terms} />
          </li>
        ))}
      </ul>
      <Citations variant="list" cite={block.cite} />
    </div>
  );
}
