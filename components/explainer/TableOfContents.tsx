import type { Section, SectionId } from '@/content/types';
import { useExplainerUi } from './useExplainerUi';

interface Props {
  sections: readonly Pick<Section, 'id' | 'title'>[];
  /** The side panel shows the list folded away under "Sections". */
  collapsed?: boolean;
  /** Called when a section link is chosen, before the browser follows it. */
  onChoose?: (id: SectionId, event: MouseEvent) => void;
  /** The heading level of "On this page" (the search view nests it deeper). */
  headingLevel?: 2 | 3;
  /** Distinguishes the navigation landmark when two are on the page. */
  label?: string;
  /** The visible heading (not shown when collapsed). */
  heading?: string;
}

/** Links to every section of the explainer, in reading order. */
export function TableOfContents({
  sections,
  collapsed = false,
  onChoose,
  headingLevel = 2,
  label,
  heading,
}: Props) {
  const { TOC } = useExplainerUi();
  label ??= TOC.navLabel;
  heading ??= TOC.heading;
  const list = (
    <ol class="toc__list">
      {sections.map((s) => (
        <li key={s.id}>
          <a
            href={`#${s.id}`}
            onClick={(event) => {
              onChoose?.(s.id, event);
              // In the panel, fold the list away once a section is chosen.
              if (collapsed)
                (event.currentTarget as HTMLElement).closest('details')?.removeAttribute('open');
            }}
          >
            {s.title}
          </a>
        </li>
      ))}
    </ol>
  );
  if (collapsed) {
    return (
      <nav class="toc toc--collapsed" aria-label={label}>
        <details>
          <summary>{TOC.panelToggle}</summary>
          {list}
        </details>
      </nav>
    );
  }
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <nav class="toc" aria-label={label}>
      <Heading class="toc__heading">{heading}</Heading>
      {list}
    </nav>
  );
}
