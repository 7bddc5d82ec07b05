import type { Citation } from '@/content/types';
import { useContent, useUi } from '@/components/useContent';
import './Citations.css';

export interface CitationsProps {
  cite?: readonly Citation[];
  /**
   * compact: small "Source" links (name and label in the accessible name and tooltip), for the
   * popup's cards and answers;
   * full: the label of each source as a link, under a "Source(s)" heading;
   * list: the explainer's line of labelled links under a block of text.
   */
  variant?: 'compact' | 'full' | 'list';
  /** list only: leave out the visible "Sources:" label (e.g. under a "Sources" column heading). */
  hideLabel?: boolean;
}

function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** The sources worth linking: https only, each once (the same source cited twice for one fact). */
function shown(cite: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  return cite.filter((c) => {
    const key = `${c.url}\u0000${c.label}`;
    if (!isHttps(c.url) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "Label (how sure the source is)", or just the label for a primary source. */
function withConfidence(c: Citation, confidenceWords: (c: Citation) => string | null): string {
  const words = confidenceWords(c);
  return words ? `${c.label} (${words})` : c.label;
}

/**
 * Where a fact comes from, next to the fact: the one renderer of sources on every page. Links
 * open in a new tab; how sure a source is shows in words unless it is a primary source.
 */
export function Citations({ cite = [], variant = 'compact', hideLabel = false }: CitationsProps) {
  const { ui, sourceLabel } = useContent();
  const { SOURCE, confidenceWords } = ui.common;
  // Labels in the page's language; the sources themselves are the same in every language.
  const list = shown(cite).map((c) => ({ ...c, label: sourceLabel(c.label) }));
  if (list.length === 0) return null;
  const heading = list.length === 1 ? SOURCE.one : SOURCE.many;
  if (variant === 'list') return <SourceLine list={list} heading={heading} hideLabel={hideLabel} />;
  if (variant === 'full') {
    return (
      <div class="citations citations--full">
        <p class="citations__heading">{heading}</p>
        <ul class="citations__list">
          {list.map((c, i) => (
            <li key={c.url + i}>
              <a href={c.url} target="_blank" rel="noopener noreferrer">
                {c.label}
                <span class="visually-hidden"> {SOURCE.newTab}</span>
              </a>
              <Confidence of={c} class="citations__flag" />
            </li>
          ))}
        </ul>
      </div>
    );
  }
  // One source reads "Source"; several read "Sources: 1 2 3", each a link.
  const one = list.length === 1;
  return (
    <p class="citations citations--compact">
      {!one && <span>{SOURCE.many}: </span>}
      {list.map((c, i) => {
        const text = one ? SOURCE.one : String(i + 1);
        const label = withConfidence(c, confidenceWords);
        return (
          <a
            key={c.url + i}
            class="citations__link"
            href={c.url}
            target="_blank"
            rel="noopener noreferrer"
            title={label}
            aria-label={`${SOURCE.linkName(text, label)} ${SOURCE.newTab}`}
          >
            {text}
          </a>
        );
      })}
    </p>
  );
}

function Confidence({ of, class: className }: { of: Citation; class: string }) {
  const { confidenceWords } = useUi().common;
  const words = confidenceWords(of);
  return words ? <span class={className}> ({words})</span> : null;
}

interface SourceLineProps {
  list: Citation[];
  heading: string;
  hideLabel: boolean;
}

/** The explainer's variant: a compact list of labelled links (styled in explainer.css). */
function SourceLine({ list, heading, hideLabel }: SourceLineProps) {
  const { SOURCE } = useUi().common;
  return (
    <div class="sources">
      {!hideLabel && (
        <span class="sources__label" aria-hidden="true">
          {heading}:
        </span>
      )}
      <ul class="sources__list" aria-label={heading}>
        {list.map((c) => (
          <li key={c.url + c.label}>
            <a href={c.url} target="_blank" rel="noopener noreferrer">
              <span class="visually-hidden">{SOURCE.one}: </span>
              {c.label}
              <span class="visually-hidden"> {SOURCE.newTab}</span>
            </a>
            <Confidence of={c} class="sources__confidence" />
          </li>
        ))}
      </ul>
    </div>
  );
}
