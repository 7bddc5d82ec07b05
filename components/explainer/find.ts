import { isSectionId } from '@/content/links';
import { useMemo } from 'preact/hooks';
import { useKnowledge } from '@/components/useKnowledge';
import type { Knowledge } from '@/content/i18n/content';
import { lookup, type SearchHit } from '@/content/lookup';
import type { SectionId } from '@/content/types';
import type { SearchResult } from './SearchView';

/*
 * The explainer's two ways of finding a section, made safe for a page: whatever the engine
 * returns or throws, the page gets a well-formed answer about sections that exist.
 */

const SEARCH_LIMIT = 8;

/** Sections matching a typed query, best first, each once. */
export function runSearch(query: string, knowledge: Knowledge): SearchResult[] {
  if (query.trim() === '') return [];
  let hits: SearchHit[];
  try {
    hits = knowledge.search(query, SEARCH_LIMIT);
  } catch {
    hits = [];
  }
  const seen = new Set<SectionId>();
  const results: SearchResult[] = [];
  for (const hit of Array.isArray(hits) ? hits : []) {
    if (!hit || !isSectionId(hit.sectionId) || seen.has(hit.sectionId)) continue;
    seen.add(hit.sectionId);
    results.push({
      section: knowledge.sectionById(hit.sectionId),
      matched: Array.isArray(hit.matched) ? hit.matched : [],
    });
  }
  return results;
}

/** The section a selection is about, or null (also when the engine fails). */
export function safeLookup(text: string) {
  try {
    const result = lookup(text);
    return result && isSectionId(result.sectionId) ? result : null;
  } catch {
    return null;
  }
}

/** The search results for a query, in the page's language. */
export function useSearch(query: string): SearchResult[] {
  const knowledge = useKnowledge();
  return useMemo(() => runSearch(query, knowledge), [query, knowledge]);
}
