import { glossary } from '../glossary';
import type { GlossaryTerm, SectionId } from '../types';
import { cleanPage } from './text';

/*
 * The glossary terms a page uses, found by their names and aliases as whole words.
 */

export interface FoundTerm {
  /** The glossary entry's name, as `glossaryTerm()` finds it. */
  term: string;
  sectionId: SectionId;
}

/**
 * Names that mean something else on most pages ("John" is a name, "the game" a game, "USC" a
 * university, "bottom" a position), and numbers (statutes are listed on their own; phone numbers
 * are not terms). The term is still found by its other names.
 */
const AMBIGUOUS = new Set([
  'john',
  'bottom',
  'the game',
  'the life',
  'in the life',
  'signal',
  'signals',
  'usc',
  'advertising',
  'soliciting',
  'patronizing',
  'survivor',
  'lawsuit',
  'servitude',
  'befree',
  // The trade's slang that is also an everyday word ("court date", "race track", "a stable
  // economy"): a page using it says nothing about this subject.
  'trick',
  'tricks',
  'johns',
  'track',
  'stroll',
  'the track',
  'the stroll',
  'stable',
  'folks',
  'quota',
  'automatic',
  'on automatic',
  'circuit',
  'the circuit',
  'branding',
  'branded',
  'daddy',
  'out of pocket',
  'square up',
  'squared up',
  'squaring up',
]);

interface TermName {
  term: GlossaryTerm;
  name: string;
}

let termNames: TermName[] | null = null;

/** Every usable glossary name, longest first so "sex trafficking" is not read inside another. */
function glossaryNames(): TermName[] {
  termNames ??= glossary
    .flatMap((term) =>
      [term.term, ...term.aliases].map((raw) => ({
        term,
        // Cleaned as the page is, so the two meet.
        name: cleanPage(raw).toLowerCase().replace(/"/g, '').replace(/\s+/g, ' ').trim(),
      })),
    )
    .filter(({ name }) => name && !AMBIGUOUS.has(name) && !/\d/.test(name))
    .sort((a, b) => b.name.length - a.name.length);
  return termNames;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Where a name first stands as whole words in the text (a plural or possessive ending allowed),
 * or -1. Plain `indexOf` over the text: a regular expression per name was most of the work.
 */
function findWhole(text: string, name: string): number {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (at > 0 && WORD_CHAR.test(text[at - 1]!)) continue;
    let end = at + name.length;
    if (text.startsWith("'s", end)) end += 2;
    else if (text.startsWith('es', end) && !WORD_CHAR.test(text[end + 2] ?? '')) end += 2;
    else if (text[end] === 's') end += 1;
    if (end < text.length && WORD_CHAR.test(text[end]!)) continue;
    return at;
  }
  return -1;
}

/**
 * Each glossary term a cleaned page uses, once, in the order it first appears. `flat` is the
 * page in lower case with single spaces.
 */
export function findTerms(flat: string): FoundTerm[] {
  const found = new Map<string, { term: GlossaryTerm; at: number }>();
  for (const { term, name } of glossaryNames()) {
    const at = findWhole(flat, name);
    if (at < 0) continue;
    const old = found.get(term.id);
    if (!old || at < old.at) found.set(term.id, { term, at });
  }
  return [...found.values()]
    .sort((a, b) => a.at - b.at)
    .map(({ term }) => ({ term: term.term, sectionId: term.section }));
}

/** The glossary entry a term in `explainText`'s result names. */
export function glossaryTerm(name: string): GlossaryTerm | undefined {
  return glossary.find((term) => term.term === name);
}
