import SAVED_MODEL from '../generated/lookup-model.json';
import { glossary } from '../glossary';
import { SECTION_IDS, type GlossaryTerm, type SectionId } from '../types';
import type { SavedModel } from './model';
import {
  ALTERNATIVE_RATIO,
  GATE_THRESHOLD,
  MAX_ALTERNATIVES,
  evidence,
  loadModel,
  rank,
  type LoadedModel,
} from './rank';
import { isSpanish, maybeSpanish } from './language';
import { searchText } from './search';
import { MAX_LOOKUP_RAW_CHARS } from '../limits';
import { normalize, stem, stripFurniture, tokens } from './text';

export { MAX_LOOKUP_CHARS, normalize } from './text';
export { buildSectionIndex } from './search';
export { loadModel } from './rank';
export { isSpanish } from './language';

/** What a right-click lookup found. */
export interface LookupResult {
  sectionId: SectionId;
  /** The ranker's probability for the section, 0–1 (1 for an exact glossary term). */
  score: number;
  /** Words and phrases from the selection that pointed here, as written, for highlighting. */
  matched: string[];
  /**
   * Up to two more sections the selection may be about, best first: shown to the reader as
   * "Also about", so a doubtful answer is one click from the right one.
   */
  alternatives: SectionId[];
  /** Set when the selection is a glossary term or one of its aliases (or names exactly one). */
  term?: GlossaryTerm;
}

/** Where on the page the selection was made. Not used yet: another issue will fill it. */
export interface LookupContext {
  title?: string;
  heading?: string;
  paragraph?: string;
  url?: string;
}

export interface SearchHit {
  sectionId: SectionId;
  score: number;
  matched: string[];
}

/** A selection this short that equals a glossary term is treated as that term. */
const MAX_TERM_WORDS = 6;
/**
 * The glossary answers a bare term, not a sentence: a selection of more words than this goes to
 * the topic section even when the ranker's best guess is the glossary.
 */
const MAX_GLOSSARY_WORDS = 3;

let model: LoadedModel | null = null;
/** Loaded on first use: opening the explainer without a lookup skips it. */
function theModel(): LoadedModel {
  model ??= loadModel(SAVED_MODEL as unknown as SavedModel);
  return model;
}

const stems = (text: string) => tokens(text).map(stem);

let termNames: Map<string, GlossaryTerm> | null = null;
/** Glossary names and aliases by their stems. */
function termByName(): Map<string, GlossaryTerm> {
  if (termNames) return termNames;
  termNames = new Map();
  for (const term of glossary) {
    for (const name of [term.term, ...term.aliases]) {
      termNames.set(stems(normalize(name)).join(' '), term);
    }
  }
  return termNames;
}

const ARTICLES = new Set(['a', 'an', 'the']);

/** An exact glossary term (or alias) selected on its own. */
function termOnly(text: string): GlossaryTerm | undefined {
  // A bare statute number goes to the section that explains the statute.
  if (/\b\d{3}\.\d{3}\b|\bu\.?s\.?c\b/.test(text)) return undefined;
  // A phone number is about reporting, even when it is a hotline's alias.
  if (/\d{3}[-. )]+\d{3}[-. ]\d{4}|\b\d{5,6}\b/.test(text)) return undefined;
  let words = stems(text);
  if (words.length === 0 || words.length > MAX_TERM_WORDS) return undefined;
  // "a T visa", "the Mann Act": ignore a leading article.
  if (words.length > 1 && ARTICLES.has(words[0]!)) words = words.slice(1);
  const names = termByName();
  const direct = names.get(words.join(' '));
  if (direct) return direct;
  // "Tier III offender", "T visa application": a term plus one generic word. Only for names of
  // two words or more: a one-word name is often an everyday word ("court date", "race track",
  // "stable condition" are not the trade's slang).
  if (words.length >= 3 && words.length <= 4) {
    const named = (part: string[]) => (part.length >= 2 ? names.get(part.join(' ')) : undefined);
    return named(words.slice(0, -1)) ?? named(words.slice(1));
  }
  return undefined;
}

/** The one glossary term a sentence names (by a name of two words or more), if only one. */
function namedTerm(text: string): GlossaryTerm | undefined {
  const s = ` ${stems(text).join(' ')} `;
  const found = new Set<GlossaryTerm>();
  for (const [name, term] of termByName()) {
    if (name.includes(' ') && s.includes(` ${name} `)) found.add(term);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** A selection or passage as the model reads it: furniture dropped, normalised, bounded. */
const cleanSelection = (text: string) =>
  normalize(stripFurniture(text.slice(0, MAX_LOOKUP_RAW_CHARS)));

/**
 * Finds the explainer section a selection is about, or `null` when the text is not about this
 * subject. Never throws; work is bounded by MAX_LOOKUP_CHARS. `context` is accepted for the
 * page's title and headings, and ignored for now.
 */
export function lookup(text: string, context?: LookupContext): LookupResult | null {
  if (typeof text !== 'string') return null;
  const head = text.slice(0, MAX_LOOKUP_RAW_CHARS);
  if (spanish && isSpanish(head)) return lookupWith(spanish, text, context, GATE_THRESHOLD, false);
  const english = lookupWith(theModel(), text, context);
  // A few words with no glue words of either language may be Spanish ("proxeneta").
  if (english || !spanish || !maybeSpanish(head)) return english;
  return lookupWith(spanish, text, context, GATE_THRESHOLD, false);
}

let spanish: LoadedModel | null = null;

/**
 * Loads what reading a selection needs before `lookup` runs: the Spanish model (a chunk of its
 * own) when the text reads as Spanish. Never throws: without it, the English model answers.
 */
export async function prepareLookup(text: string): Promise<void> {
  if (spanish || typeof text !== 'string' || !maybeSpanish(text.slice(0, MAX_LOOKUP_RAW_CHARS))) {
    return;
  }
  try {
    spanish = (await import('./spanish')).SPANISH_MODEL;
  } catch {
    // The chunk is part of the extension; if it still fails, English reads the text.
  }
}

/** `lookup` with a given model: the evaluation's cross-validation trains its own. */
export function lookupWith(
  m: LoadedModel,
  text: string,
  context?: LookupContext,
  gateThreshold = GATE_THRESHOLD,
  /** Glossary names and aliases are English: the Spanish model goes by its own training. */
  terms = true,
): LookupResult | null {
  void context;
  if (typeof text !== 'string') return null;
  const clean = cleanSelection(text);
  if (!clean) return null;

  const term = terms ? termOnly(clean) : undefined;
  if (term) {
    return {
      sectionId: 'glossary',
      score: 1,
      matched: [term.term.toLowerCase()],
      alternatives: term.section === 'glossary' ? [] : [term.section],
      term,
    };
  }

  const ranked = rank(m, clean);
  // Nothing the model knows (digits alone, another language), or not about trafficking.
  if (ranked.known.length === 0 || ranked.onTopic < gateThreshold) return null;

  // A statute number is not a term: it goes to the section that explains the statute.
  const short = tokens(clean).length <= MAX_GLOSSARY_WORDS && !/\d/.test(clean);
  const order = ranked.ranking.filter((r) => short || r.id !== 'glossary');
  const best = order[0]!;
  const alternatives = order
    .slice(1, 1 + MAX_ALTERNATIVES)
    .filter((r) => r.p >= best.p * ALTERNATIVE_RATIO)
    .map((r) => r.id);
  const named = terms ? namedTerm(clean) : undefined;
  return {
    sectionId: best.id,
    score: Math.round(best.p * 1000) / 1000,
    matched: evidence(m, clean, best.id),
    alternatives,
    ...(named ? { term: named } : {}),
  };
}

/** A passage of a page read with the model: its best topic section and that section's probability. */
export interface PassageHit {
  sectionId: SectionId;
  score: number;
}

/** The model for a page's passage: Spanish for a Spanish page, once `prepareLookup` loaded it. */
const passageModel = (clean: string) => (spanish && isSpanish(clean) ? spanish : theModel());

/** A page's passage, cleaned as a selection is (furniture dropped, normalised, bounded). */
const cleanPassage = (text: string) => (typeof text === 'string' ? cleanSelection(text) : '');

/**
 * A passage of a whole page ("Explain this page"), read with the model alone: the gate, then the
 * best topic section (never the glossary: a page's terms are listed on their own). The rules
 * for a bare selection (a glossary name on its own, a term named in a sentence) and the
 * alternatives are skipped: they were most of the work on a long page. What to mark is asked
 * apart, with `passageMatches`, for the passages shown. Never throws; `null` when off-topic.
 */
export function rankPassage(text: string): PassageHit | null {
  const clean = cleanPassage(text);
  if (!clean) return null;
  const ranked = rank(passageModel(clean), clean);
  if (ranked.known.length === 0 || ranked.onTopic < GATE_THRESHOLD) return null;
  const best = ranked.ranking.find((r) => r.id !== 'glossary');
  return best ? { sectionId: best.id, score: Math.round(best.p * 1000) / 1000 } : null;
}

/** The words of a passage that pointed to `sectionId`, as written, as `lookup` reports them. */
export function passageMatches(text: string, sectionId: SectionId): string[] {
  const clean = cleanPassage(text);
  return clean ? evidence(passageModel(clean), clean, sectionId) : [];
}

/** Distinct words of a query passed to the text search. */
const MAX_QUERY_WORDS = 80;
/** Weight of the learned ranking against the text search, for the search view. */
const MODEL_WEIGHT = 1;

/**
 * Ranked sections for the explainer's search view (empty query → []): the text search, which
 * forgives typos and prefixes, plus the learned ranking for a query that reads like a sentence.
 */
export function searchExplainer(query: string, limit = 5): SearchHit[] {
  if (typeof query !== 'string') return [];
  const clean = normalize(query);
  if (!clean) return [];
  const words = [...new Set(tokens(clean))].slice(0, MAX_QUERY_WORDS);
  const hits = searchText(words.join(' '));
  const combined = new Map<SectionId, number>(hits.map((h) => [h.id, h.score]));
  const matchedStems = new Set(hits.flatMap((h) => h.terms));
  const ranked = rank(theModel(), clean);
  if (ranked.known.length > 0) {
    for (const { id, p } of ranked.ranking) {
      if (combined.has(id)) combined.set(id, combined.get(id)! + p * MODEL_WEIGHT);
    }
  }
  const matched = words.filter((w) => matchedStems.has(stem(w))).slice(0, 20);
  return SECTION_IDS.filter((id) => combined.has(id))
    .sort((a, b) => combined.get(b)! - combined.get(a)!)
    .slice(0, limit)
    .map((id) => ({
      sectionId: id,
      score: Math.round(combined.get(id)! * 100) / 100,
      matched,
    }));
}
