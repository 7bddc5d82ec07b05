import type { Citation } from '@/content/types';
import { SOURCE, confidenceWords } from '@/content/ui/common';

interface Props {
  cite?: readonly Citation[];
  /** Leave out the visible "Sources:" label (e.g. under a "Sources" column heading). */
  hideLabel?: boolean;
}

/** Drops repeats (the same source cited twice for one block). */
function distinct(cite: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  return cite.filter((c) => {
    const key = `${c.url}\u0000${c.label}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The sources of one block, as a compact list of links that open in a new
 * tab. How sure a source is shows in words unless it is a primary source.
 */
export function CitationList({ cite, hideLabel = false }: Props) {
  if (!cite || cite.length === 0) return null;
  const items = distinct(cite);
  return (
    <div class="sources">
      {!hideLabel && (
        <span class="sources__label" aria-hidden="true">
          {items.length === 1 ? SOURCE.one : SOURCE.many}:
        </span>
      )}
      <ul class="sources__list" aria-label={items.length === 1 ? SOURCE.one : SOURCE.many}>
        {items.map((c) => {
          const words = confidenceWords(c);
          return (
            <li key={c.url + c.label}>
              <a href={c.url} target="_blank" rel="noopener noreferrer">
                <span class="visually-hidden">{SOURCE.one}: </span>
                {c.label}
                <span class="visually-hidden"> {SOURCE.newTab}</span>
              </a>
              {words && <span class="sources__confidence"> ({words})</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
