import type { RefObject } from 'preact';
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { Faq } from '@/content/types';
import { FaqItem } from './FaqItem';
import './FaqSearch.css';

export interface FaqSearchText {
  label: string;
  placeholder?: string;
  matches: (count: number) => string;
  noMatch: (query: string) => string;
  searchExplainer: string;
  readMore: string;
}

export interface FaqSearchProps {
  /** Ranked FAQs for a query; every FAQ for an empty one. */
  search: (query: string) => Faq[];
  text: FaqSearchText;
  readMoreHref: (faq: Faq) => string;
  onReadMore?: (faq: Faq) => void;
  /** Called from the empty state with the query the reader typed. */
  onSearchExplainer?: (query: string) => void;
  /** Heading level of each question. */
  level?: 2 | 3 | 4;
  /** How long typing must pause before the count is announced, in ms. */
  announceDelay?: number;
}

/**
 * A search box over the FAQs that filters and ranks as you type. Down arrow
 * moves from the box into the results; Up/Down/Home/End move between them;
 * Esc clears a non-empty box.
 */
export function FaqSearch({
  search,
  text,
  readMoreHref,
  onReadMore,
  onSearchExplainer,
  level = 3,
  announceDelay = 500,
}: FaqSearchProps) {
  const id = useId();
  const inputId = `faq-search-${id}`;
  const statusId = `faq-search-status-${id}`;
  const [query, setQuery] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const results = useMemo(() => search(query), [search, query]);
  const trimmed = query.trim();

  const announcement = useCountAnnouncement(
    trimmed ? text.matches(results.length) : '',
    announceDelay,
  );

  const { onInputKey, onListKey } = useListKeys(inputRef, listRef, query, setQuery);

  return (
    <div class="faq-search">
      <label class="faq-search__label" for={inputId}>
        {text.label}
      </label>
      <input
        ref={inputRef}
        id={inputId}
        class="faq-search__input"
        type="search"
        autocomplete="off"
        spellcheck={false}
        placeholder={text.placeholder}
        aria-describedby={statusId}
        value={query}
        onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
        onKeyDown={onInputKey}
      />
      <p id={statusId} class="faq-search__status" role="status" aria-live="polite">
        {announcement}
      </p>
      {results.length > 0 ? (
        <ul ref={listRef} class="faq-search__list" onKeyDown={onListKey}>
          {results.map((faq) => (
            <FaqItem
              key={faq.id}
              faq={faq}
              level={level}
              readMoreLabel={text.readMore}
              readMoreHref={readMoreHref(faq)}
              onReadMore={onReadMore}
            />
          ))}
        </ul>
      ) : (
        <NoMatch query={trimmed} text={text} onSearchExplainer={onSearchExplainer} />
      )}
    </div>
  );
}

/**
 * Where an arrow, Home or End key moves from a question button: the next, previous, first or
 * last one, or back up to the search box. `null` for any other key.
 */
function arrowTarget(
  key: string,
  all: HTMLButtonElement[],
  from: HTMLElement,
  input: HTMLInputElement | null,
): HTMLElement | undefined | null {
  const index = all.indexOf(from as HTMLButtonElement);
  if (key === 'ArrowDown') return all[Math.min(index + 1, all.length - 1)];
  if (key === 'ArrowUp') return index <= 0 ? (input ?? undefined) : all[index - 1];
  if (key === 'Home') return all[0];
  if (key === 'End') return all[all.length - 1];
  return null;
}

/** Waits for a pause in typing, so a screen reader hears one count, not one per key. */
function useCountAnnouncement(message: string, delay: number): string {
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (!message) {
      setAnnouncement('');
      return;
    }
    const timer = setTimeout(() => setAnnouncement(message), delay);
    return () => clearTimeout(timer);
  }, [message, delay]);
  return announcement;
}

interface NoMatchProps {
  query: string;
  text: FaqSearchText;
  onSearchExplainer?: (query: string) => void;
}

/** No question matches: say so, and offer the explainer's search instead. */
function NoMatch({ query, text, onSearchExplainer }: NoMatchProps) {
  return (
    <div class="faq-search__empty">
      <p>{text.noMatch(query)}</p>
      {onSearchExplainer && (
        <button type="button" class="button" onClick={() => onSearchExplainer(query)}>
          {text.searchExplainer}
        </button>
      )}
    </div>
  );
}

/**
 * Arrow keys move between the search box and the questions (Home and End to the ends); the
 * first Esc in the box clears it.
 */
function useListKeys(
  inputRef: RefObject<HTMLInputElement | null>,
  listRef: RefObject<HTMLUListElement | null>,
  query: string,
  setQuery: (query: string) => void,
) {
  const buttons = () =>
    Array.from(listRef.current?.querySelectorAll<HTMLButtonElement>('[data-faq-button]') ?? []);

  const onInputKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      const first = buttons()[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    } else if (event.key === 'Escape' && query !== '') {
      // The first Esc clears the box; the page's double-Esc watcher still sees it.
      event.preventDefault();
      setQuery('');
    }
  };

  const onListKey = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement | null;
    if (!target?.matches?.('[data-faq-button]')) return;
    const next = arrowTarget(event.key, buttons(), target, inputRef.current);
    if (next === null) return;
    event.preventDefault();
    next?.focus();
  };

  return { onInputKey, onListKey };
}
