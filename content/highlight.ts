/**
 * Splits a text into plain and marked parts for a list of matched terms, so a
 * page can wrap the matches in <mark> while rendering everything as text.
 *
 * Matching is case-insensitive and whole-word (a term never lights up inside a
 * longer word), the longest term wins where two could start at the same place,
 * and any input is safe: terms are matched literally, never as patterns.
 */

import { MAX_HIGHLIGHT_TERM_CHARS, MAX_HIGHLIGHT_TERMS } from './limits';

export interface TextPart {
  text: string;
  mark: boolean;
}

const WORDISH = /[\p{L}\p{N}]/u;
const APOSTROPHES = /['’‘]/;

/** One term as a literal pattern; spaces and apostrophe styles are treated alike. */
function termPattern(term: string): string {
  let pattern = '';
  for (const part of term.split(/(\s+)/)) {
    if (part === '') continue;
    if (/^\s+$/.test(part)) {
      pattern += '\\s+';
      continue;
    }
    for (const char of part) {
      if (APOSTROPHES.test(char)) pattern += "['’‘]";
      // Only syntax characters may be escaped in a /u pattern.
      else pattern += char.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
    }
  }
  return pattern;
}

/** Usable, distinct terms, longest first. */
export function normalizeTerms(terms: readonly unknown[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of terms.slice(0, MAX_HIGHLIGHT_TERMS)) {
    if (typeof raw !== 'string') continue;
    const term = raw.trim().replace(/\s+/g, ' ');
    // Lone letters and punctuation would mark half the page.
    if (term.length < 2 || term.length > MAX_HIGHLIGHT_TERM_CHARS || !WORDISH.test(term)) continue;
    const key = term.toLowerCase().replace(/[’‘]/g, "'");
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(term);
  }
  return out.sort((a, b) => b.length - a.length);
}

const cache = new Map<string, RegExp | null>();

function matcher(terms: readonly unknown[]): RegExp | null {
  const usable = normalizeTerms(terms);
  const key = usable.join('\u0000');
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  let regex: RegExp | null = null;
  if (usable.length > 0) {
    const alternation = usable.map(termPattern).join('|');
    // Whole words: no letter or digit may touch either end of a match.
    regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, 'giu');
  }
  if (cache.size > 50) cache.clear();
  cache.set(key, regex);
  return regex;
}

/**
 * The text as consecutive parts; joining every part's text gives back the
 * input exactly. No part is empty; an empty text gives no parts.
 */
export function splitHighlights(text: string, terms: readonly unknown[]): TextPart[] {
  if (typeof text !== 'string' || text === '') return [];
  const regex = matcher(Array.isArray(terms) ? terms : []);
  if (!regex) return [{ text, mark: false }];
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(regex)) {
    const start = match.index;
    const value = match[0];
    if (value === '') continue;
    if (start > last) parts.push({ text: text.slice(last, start), mark: false });
    parts.push({ text: value, mark: true });
    last = start + value.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), mark: false });
  return parts;
}

/** Whether any term occurs in the text (same rules as splitHighlights). */
export function hasHighlight(text: string, terms: readonly unknown[]): boolean {
  return splitHighlights(text, terms).some((part) => part.mark);
}
