import type { Citation } from '@/content/types';
import { SOURCE, confidenceWords } from '@/content/ui/common';
import './Citations.css';

export interface CitationsProps {
  cite: readonly Citation[];
  /**
   * compact: small "Source" links (name and label in the accessible name and tooltip);
   * full: the label of each source as a link.
   */
  variant?: 'compact' | 'full';
}

function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Where a fact comes from, next to the fact. Links open in a new tab. */
export function Citations({ cite, variant = 'compact' }: CitationsProps) {
  const list = cite.filter((c) => isHttps(c.url));
  if (list.length === 0) return null;
  const heading = list.length === 1 ? SOURCE.one : SOURCE.many;

  if (variant === 'compact') {
    // One source reads "Source"; several read "Sources: 1 2 3", each a link.
    const one = list.length === 1;
    return (
      <p class="citations citations--compact">
        {!one && <span>{SOURCE.many}: </span>}
        {list.map((c, i) => {
          const text = one ? SOURCE.one : String(i + 1);
          const words = confidenceWords(c);
          const label = words ? `${c.label} (${words})` : c.label;
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

  return (
    <div class="citations citations--full">
      <p class="citations__heading">{heading}</p>
      <ul class="citations__list">
        {list.map((c, i) => {
          const words = confidenceWords(c);
          return (
            <li key={c.url + i}>
              <a href={c.url} target="_blank" rel="noopener noreferrer">
                {c.label}
                <span class="visually-hidden"> {SOURCE.newTab}</span>
              </a>
              {words && <span class="citations__flag"> ({words})</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
