import { Component, type ComponentChildren } from 'preact';
import type { Region, Section, SectionId } from '@/content/types';
import { BlockView } from './BlockView';
import { Highlight } from './Highlight';

interface Props {
  section: Section;
  region: Region | null | undefined;
  sectionTitle: (id: SectionId) => string;
  /** Matched words to mark in this section, after a lookup. */
  terms?: readonly string[];
  /** Id of a note that describes the heading (the lookup banner). */
  describedBy?: string;
  /** Shown just above the section (the lookup banner). */
  before?: ComponentChildren;
  /** Draw only the first blocks (the page's first paint); every block when not set. */
  blockLimit?: number;
}

/**
 * One section of the explainer. Its heading carries the section id, so
 * `#<id>` scrolls to it, and takes focus (tabindex -1) when a link opens it.
 */
function SectionViewImpl({
  section,
  region,
  sectionTitle,
  terms,
  describedBy,
  before,
  blockLimit,
}: Props) {
  const headingId = section.id;
  const blocks = blockLimit === undefined ? section.blocks : section.blocks.slice(0, blockLimit);
  return (
    <>
      {before}
      <section class="section" aria-labelledby={headingId}>
        <h2 id={headingId} tabIndex={-1} aria-describedby={describedBy}>
          <Highlight text={section.title} terms={terms} />
        </h2>
        <p class="section__summary">
          <Highlight text={section.summary} terms={terms} />
        </p>
        {blocks.map((block, i) => (
          <BlockView
            key={i}
            block={block}
            region={region}
            sectionTitle={sectionTitle}
            terms={terms}
          />
        ))}
      </section>
    </>
  );
}

/**
 * Sections are static: re-render one only when its own props change (a new
 * region, or a lookup that lands in it), not on every change of the page. What
 * `memo` does, without `preact/compat` (about 1 KB of the explainer for this alone).
 */
export class SectionView extends Component<Props> {
  override shouldComponentUpdate(next: Props): boolean {
    const now = this.props as unknown as Record<string, unknown>;
    const then = next as unknown as Record<string, unknown>;
    const keys = new Set([...Object.keys(now), ...Object.keys(then)]);
    return [...keys].some((key) => now[key] !== then[key]);
  }

  override render(props: Props) {
    return <SectionViewImpl {...props} />;
  }
}
