import type { Ref } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import type { Section, SectionId } from '@/content/types';
import { MAX_SEARCH_INPUT_CHARS } from '@/content/limits';
import { Highlight } from './Highlight';
import { TableOfContents } from './TableOfContents';
import { useExplainerUi } from './useExplainerUi';

export interface SearchResult {
  section: Pick<Section, 'id' | 'title' | 'summary'>;
  matched: readonly string[];
}

export interface SearchViewProps {
  query: string;
  onQuery: (query: string) => void;
  results: readonly SearchResult[];
  /** The query came from a right-click selection that found no section. */
  fromSelection: boolean;
  /** Every section, offered when nothing matches. */
  sections: readonly Pick<Section, 'id' | 'title'>[];
  inputRef?: Ref<HTMLInputElement>;
  onChoose?: (id: SectionId, event: MouseEvent) => void;
}

const ANNOUNCE_DELAY_MS = 250;

/** A search box over the explainer with ranked links to sections. */
export function SearchView({
  query,
  onQuery,
  results,
  fromSelection,
  sections,
  inputRef,
  onChoose,
}: SearchViewProps) {
  const { SEARCH, TOC } = useExplainerUi();
  const inputId = useId();
  const hintId = useId();
  const hasQuery = query.trim() !== '';
  const none = hasQuery && results.length === 0;
  const status = !hasQuery
    ? ''
    : none
      ? fromSelection
        ? SEARCH.noneForSelection
        : SEARCH.noneForQuery
      : SEARCH.count(results.length);
  const announced = useAnnouncement(status);
  return (
    <div class="search">
      <form role="search" class="search__form" onSubmit={(event) => event.preventDefault()}>
        {/* The heading is the box's label: one visible name, not two. */}
        <h2 class="search__heading">
          <label for={inputId}>{SEARCH.label}</label>
        </h2>
        <input
          id={inputId}
          ref={inputRef}
          type="search"
          class="search__input"
          value={query}
          maxLength={MAX_SEARCH_INPUT_CHARS}
          autoComplete="off"
          spellcheck={false}
          aria-describedby={hintId}
          onInput={(event) => onQuery((event.currentTarget as HTMLInputElement).value)}
        />
        <p id={hintId} class="search__hint">
          {SEARCH.hint}
        </p>
      </form>
      <p class="search__status" role="status" aria-live="polite">
        {announced}
      </p>
      {results.length > 0 && <ResultList results={results} onChoose={onChoose} />}
      {(none || !hasQuery) && (
        <div class="search__toc">
          <TableOfContents
            sections={sections}
            onChoose={onChoose}
            headingLevel={3}
            label={TOC.allSections}
            heading={TOC.allSections}
          />
        </div>
      )}
    </div>
  );
}

/**
 * The live region starts empty and is filled a moment later, so screen readers announce it
 * (also when the view first opens) and typing fast does not queue an announcement per key.
 */
function useAnnouncement(status: string): string {
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(status), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [status]);
  return announced;
}

/** Ranked links to the sections that match, each with its summary, matches marked. */
function ResultList({ results, onChoose }: Pick<SearchViewProps, 'results' | 'onChoose'>) {
  const { SEARCH } = useExplainerUi();
  return (
    <ol class="search__results" aria-label={SEARCH.results}>
      {results.map(({ section, matched }) => (
        <li key={section.id} class="search__result">
          <a href={`#${section.id}`} onClick={(event) => onChoose?.(section.id, event)}>
            {section.title}
          </a>
          <p>
            <Highlight text={section.summary} terms={matched} />
          </p>
        </li>
      ))}
    </ol>
  );
}
