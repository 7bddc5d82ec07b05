import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import SAVED_DICTIONARY from './generated/phrase-dictionary.json';
import SECTION_INDEX from './generated/section-index.json';
import { sections } from './sections';
import { faqs } from './faqs';
import { glossary } from './glossary';
import {
  OTHER_TOPICS,
  OTHER_TRAFFICKING,
  SECTION_CUES,
  STATUTE_SECTIONS,
  STRONG_ANCHORS,
  WEAK_ANCHORS,
} from './lookup-cues';
import { blockText } from './block-text';
import { SECTION_IDS, type GlossaryTerm, type SectionId } from './types';
import { MAX_LOOKUP_CHARS, MAX_LOOKUP_RAW_CHARS } from './limits';

/** What a right-click lookup found. */
export interface LookupResult {
  sectionId: SectionId;
  /**
   * Higher is more confident; comparable only within one engine version. Cue evidence, plus the
   * search ranking when the ranking could change the answer.
   */
  score: number;
  /** Words and phrases from the selection that matched, for highlighting. */
  matched: string[];
  /** Set when the selection is a glossary term or one of its aliases. */
  term?: GlossaryTerm;
}

export interface SearchHit {
  sectionId: SectionId;
  score: number;
  matched: string[];
}

// Work is capped (content/limits.ts says why); re-exported for the tests that check it.
export { MAX_LOOKUP_CHARS };
/** A selection this short that equals a glossary term is treated as that term. */
const MAX_TERM_WORDS = 6;
/** Distinct words of a selection passed to the MiniSearch ranking. */
const MAX_QUERY_WORDS = 80;

// ---------------------------------------------------------------------------
// Text normalisation

const CONTROL =
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Lower-case, straight quotes, plain dashes, no control characters, single spaces. */
export function normalize(text: string): string {
  return (
    text
      .slice(0, MAX_LOOKUP_CHARS)
      // NFKC can turn one character into as many as 18 (U+FDFA), and lower-casing and the
      // section sign below lengthen text too: cut again so the work stays bounded.
      .normalize('NFKC')
      .slice(0, MAX_LOOKUP_CHARS)
      .replace(CONTROL, ' ')
      .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
      .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/§+/g, ' section ')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .slice(0, MAX_LOOKUP_CHARS)
      .trim()
  );
}

/** Drop bylines, datelines and page furniture that say nothing about the subject. */
function stripFurniture(text: string): string {
  return text
    .split(/\n+/)
    .filter((line) => {
      const l = line.trim().toLowerCase();
      if (!l) return false;
      if (/^by [\p{L}.' -]{2,60}(,.*)?$/u.test(l)) return false;
      if (/^(advertisement|sponsored|share this|read more|related:?|photo:|image:)/.test(l))
        return false;
      return true;
    })
    .join('\n');
}

/** Light English stemming: enough for plurals, -ing and -ed in news text. */
function stem(word: string): string {
  let w = word.replace(/'s$|s'$/, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('es') && /(ch|sh|x|ss|zz)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is'))
    w = w.slice(0, -1);
  // "trafficked"/"trafficking" → "traffick"; "sentenced" → "sentenc"; keep both sides equal.
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

const TOKEN = /[\p{L}\p{N}]+(?:[.\-/'][\p{L}\p{N}]+)*/gu;

interface Token {
  /** The word without apostrophes: "don't" and "dont" are written both ways. */
  word: string;
  /** Where the word starts and ends in the text, to quote it as written. */
  start: number;
  end: number;
}

function tokenSpans(text: string): Token[] {
  return Array.from(text.matchAll(TOKEN), (m) => ({
    word: m[0].replace(/'/g, ''),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

function tokens(text: string): string[] {
  return tokenSpans(text).map((t) => t.word);
}

function stems(text: string): string[] {
  return tokens(text).map(stem);
}

/** A word list as a set of stems, read the way selected text is, so "can't" matches. */
function vocab(list: readonly string[]): Set<string> {
  return new Set(list.flatMap((w) => stems(normalize(w))));
}

// ---------------------------------------------------------------------------
// Phrase dictionary: every cue, anchor and glossary name, stemmed once.

type PhraseKind = 'strong' | 'weak' | 'other' | 'cue' | 'term' | 'keyword';

interface Phrase {
  stems: string[];
  /** The stems joined by spaces; phrases that stem alike share it. */
  key: string;
  kind: PhraseKind;
  section?: SectionId;
  weight: number;
  term?: GlossaryTerm;
}

interface Dictionary {
  /**
   * Phrases by their first stem, longest first, so "human trafficking task force" wins over
   * "task force".
   */
  phrasesByFirst: Map<string, Phrase[]>;
  /** Glossary names, normalised, for exact matches of a short selection. */
  termByName: Map<string, GlossaryTerm>;
}

function buildDictionary(): Dictionary {
  const phrasesByFirst = new Map<string, Phrase[]>();
  const added = new Set<string>();
  const addPhrase = (
    surface: string,
    kind: PhraseKind,
    weight: number,
    section?: SectionId,
    term?: GlossaryTerm,
  ) => {
    const s = stems(normalize(surface));
    const first = s[0];
    if (!first) return;
    const key = s.join(' ');
    // "trafficked" and "trafficking" stem alike: one phrase, counted once.
    const id = `${kind}:${section ?? ''}:${term?.id ?? ''}:${key}`;
    if (added.has(id)) return;
    added.add(id);
    const list = phrasesByFirst.get(first) ?? [];
    list.push({ stems: s, key, kind, section, weight, term });
    phrasesByFirst.set(first, list);
  };

  STRONG_ANCHORS.forEach((p) => addPhrase(p, 'strong', 0));
  WEAK_ANCHORS.forEach((p) => addPhrase(p, 'weak', 0));
  OTHER_TOPICS.forEach((p) => addPhrase(p, 'other', 0));
  for (const id of SECTION_IDS) {
    for (const [phrase, weight] of SECTION_CUES[id]) addPhrase(phrase, 'cue', weight, id);
  }
  for (const section of sections) {
    for (const keyword of section.keywords) addPhrase(keyword, 'keyword', 1, section.id);
  }
  for (const term of glossary) {
    for (const name of [term.term, ...term.aliases]) addPhrase(name, 'term', 1, term.section, term);
  }
  for (const list of phrasesByFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length);

  const termByName = new Map<string, GlossaryTerm>();
  for (const term of glossary) {
    for (const name of [term.term, ...term.aliases]) {
      termByName.set(stems(normalize(name)).join(' '), term);
    }
  }
  return { phrasesByFirst, termByName };
}

/** A phrase as saved: its stems are its key's words, and a glossary term is named by its id. */
interface SavedPhrase {
  key: string;
  kind: PhraseKind;
  section?: SectionId;
  weight: number;
  term?: string;
}

/** The phrase dictionary in the form saved as `generated/phrase-dictionary.json`. */
export interface SavedDictionary {
  /** Grouped by first stem, longest first within a group. */
  phrases: SavedPhrase[];
  /** Glossary names (stem keys) and the id of the term each names. */
  terms: [string, string][];
}

/**
 * Builds the phrase dictionary from the cues and the glossary. The extension does not run this:
 * `npm run build:index` saves its result, and a test checks that file is current.
 */
export function buildPhraseDictionary(): SavedDictionary {
  const { phrasesByFirst, termByName } = buildDictionary();
  return {
    phrases: [...phrasesByFirst.values()].flat().map(({ key, kind, section, weight, term }) => ({
      key,
      kind,
      ...(section ? { section } : {}),
      weight,
      ...(term ? { term: term.id } : {}),
    })),
    terms: [...termByName].map(([key, term]) => [key, term.id]),
  };
}

function loadDictionary(saved: SavedDictionary): Dictionary {
  const termById = new Map(glossary.map((term) => [term.id, term]));
  const phrasesByFirst = new Map<string, Phrase[]>();
  for (const { key, kind, section, weight, term } of saved.phrases) {
    const s = key.split(' ');
    const list = phrasesByFirst.get(s[0]!) ?? [];
    list.push({
      stems: s,
      key,
      kind,
      section,
      weight,
      term: term ? termById.get(term) : undefined,
    });
    phrasesByFirst.set(s[0]!, list);
  }
  const termByName = new Map<string, GlossaryTerm>();
  for (const [key, id] of saved.terms) {
    const term = termById.get(id);
    if (term) termByName.set(key, term);
  }
  return { phrasesByFirst, termByName };
}

let dictionary: Dictionary | null = null;

/**
 * Loaded from the saved dictionary on first use, like the search index: opening the explainer
 * without a lookup skips it. Stemming every cue and glossary name was half a first lookup.
 */
function phraseDictionary(): Dictionary {
  dictionary ??= loadDictionary(SAVED_DICTIONARY as SavedDictionary);
  return dictionary;
}

const otherTrafficking = vocab(OTHER_TRAFFICKING);
const DIFFICULTY = vocab([
  'not',
  'no',
  'never',
  'few',
  'fewer',
  'only',
  'lack',
  'without',
  'nowhere',
  'unknown',
  'rarely',
  'cannot',
  "can't",
  "don't",
  "doesn't",
  "won't",
  'closed',
  'short',
  'shortage',
  'gap',
  'limited',
  'barrier',
  'struggle',
  'nothing',
]);
const TRAFFICK = stem('trafficking');

/** Sections a sentence can be about; the glossary is reached only by a bare term. */
const TOPIC_IDS = SECTION_IDS.filter((id) => id !== 'glossary');

// ---------------------------------------------------------------------------
// MiniSearch over the explainer: ranks sections for free text and the search view.

interface SectionDoc {
  id: SectionId;
  title: string;
  summary: string;
  keywords: string;
  body: string;
}

function sectionDocs(): SectionDoc[] {
  return sections.map((section) => ({
    id: section.id,
    title: section.title,
    summary: section.summary,
    keywords: [
      ...section.keywords,
      ...glossary.filter((t) => t.section === section.id).flatMap((t) => [t.term, ...t.aliases]),
    ].join(' '),
    body: [
      ...section.blocks.map(blockText),
      ...faqs.filter((f) => f.section === section.id).map((f) => `${f.question} ${f.answer}`),
      ...(section.id === 'glossary' ? glossary.map((t) => `${t.term} ${t.definition}`) : []),
    ].join(' '),
  }));
}

const STOP = new Set(
  'a an and are as at be by for from has have he her his in is it its of on or our she that the their they this to was were will with who what when where which how can do does not no you your we i'.split(
    ' ',
  ),
);

/*
 * The explainer's text holds about 20,000 words but only a few thousand distinct ones, and
 * normalising is the costly part of indexing: each distinct word is processed once.
 */
const processed = new Map<string, string | null>();
function processTerm(term: string): string | null {
  let out = processed.get(term);
  if (out === undefined) {
    const t = normalize(term);
    out = t.length < 2 || STOP.has(t) ? null : stem(t);
    if (processed.size < 20_000) processed.set(term, out);
  }
  return out;
}

const INDEX_OPTIONS: Options<SectionDoc> = {
  fields: ['title', 'summary', 'keywords', 'body'],
  storeFields: [],
  processTerm,
  searchOptions: {
    boost: { title: 3, keywords: 3, summary: 2, body: 1 },
    fuzzy: (term: string) => (term.length > 5 ? 0.2 : false),
    prefix: (term: string) => term.length > 4,
    combineWith: 'OR',
  },
};

/**
 * Indexes the explainer from its text. The extension does not run this: `npm run build:index`
 * saves its result as `generated/section-index.json`, and a test checks that file is current.
 */
export function buildSectionIndex(): MiniSearch<SectionDoc> {
  const index = new MiniSearch<SectionDoc>(INDEX_OPTIONS);
  index.addAll(sectionDocs());
  return index;
}

let loaded: MiniSearch<SectionDoc> | null = null;

/**
 * Loaded from the saved index on first use (pages that never search or look up do not pay for
 * it). Loading is a fraction of indexing, which was most of a right-click's first lookup.
 */
function sectionIndex(): MiniSearch<SectionDoc> {
  loaded ??= MiniSearch.loadJS<SectionDoc>(
    SECTION_INDEX as unknown as AsPlainObject,
    INDEX_OPTIONS,
  );
  return loaded;
}

// ---------------------------------------------------------------------------
// The engine

interface Evidence {
  strong: number;
  weak: Set<string>;
  scores: Record<SectionId, number>;
  matched: Set<string>;
  terms: GlossaryTerm[];
  statutes: number;
  other: number;
  /** Bare "trafficking"/"trafficked": on topic unless another subject is named. */
  bare: number;
  /** Bare "trafficking" with people nearby ("trafficking a 15-year-old girl"). */
  barePerson: number;
  /** Cues of weight 3: phrases that on their own say which section a text is about. */
  decisive: number;
}

function emptyScores(): Record<SectionId, number> {
  return Object.fromEntries(SECTION_IDS.map((id) => [id, 0])) as Record<SectionId, number>;
}

function gather(text: string): Evidence {
  const ev: Evidence = {
    strong: 0,
    weak: new Set(),
    scores: emptyScores(),
    matched: new Set(),
    terms: [],
    statutes: 0,
    other: 0,
    decisive: 0,
    bare: 0,
    barePerson: 0,
  };
  const { phrasesByFirst } = phraseDictionary();
  const spans = tokenSpans(text);
  const s = spans.map((t) => stem(t.word));
  const seen = new Set<string>();
  for (let i = 0; i < s.length; i++) {
    const candidates = phrasesByFirst.get(s[i]!);
    if (!candidates) continue;
    for (const phrase of candidates) {
      const n = phrase.stems.length;
      if (i + n > s.length) continue;
      let ok = true;
      for (let k = 1; k < n; k++) {
        if (s[i + k] !== phrase.stems[k]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      // Quoted from the text as written, apostrophes included, so the page can find it to mark.
      const surface = text.slice(spans[i]!.start, spans[i + n - 1]!.end);
      if (phrase.kind === 'strong') {
        if (isOtherTrafficking(s, i, phrase)) {
          ev.other += 1;
          continue;
        }
        // A bare "trafficked" could be turtles or guns; "human trafficking" cannot.
        if (!isBareTrafficking(phrase)) ev.strong += 1;
        else if (nearPerson(s, i)) ev.barePerson += 1;
        else ev.bare += 1;
        ev.matched.add(surface);
        continue;
      }
      if (phrase.kind === 'weak') {
        ev.weak.add(phrase.key);
        continue;
      }
      if (phrase.kind === 'other') {
        ev.other += 1;
        continue;
      }
      // Count each cue once per selection: repetition is not more evidence.
      const key = `${phrase.kind}:${phrase.section}:${phrase.key}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (phrase.section) ev.scores[phrase.section] += phrase.weight;
      if (phrase.kind === 'cue' && phrase.weight >= 3) ev.decisive += 1;
      if (phrase.term) {
        ev.terms.push(phrase.term);
        ev.strong += 0.5;
      }
      ev.matched.add(surface);
    }
  }
  // Challenges are told in the negative: "no shelter", "few beds", "never reported".
  let difficulty = 0;
  for (const word of s) if (DIFFICULTY.has(word)) difficulty++;
  if (difficulty >= 1) ev.scores.challenges += Math.min(difficulty, 4) * 2;
  for (const [pattern, section] of STATUTE_SECTIONS) {
    const m = text.match(pattern);
    if (m) {
      ev.scores[section] += 4;
      ev.statutes += 1;
      ev.matched.add(m[0]);
    }
  }
  return ev;
}

/** "drug trafficking", "gun trafficking": not this subject. */
function isOtherTrafficking(s: string[], i: number, phrase: Phrase): boolean {
  if (!isBareTrafficking(phrase)) return false;
  for (let k = Math.max(0, i - 3); k < Math.min(s.length, i + 4); k++) {
    if (k !== i && otherTrafficking.has(s[k]!)) return true;
  }
  return false;
}

/**
 * A selection is on topic when it names the subject (an anchor, a statute, a
 * glossary term), or when it reads like one of the sections and names no other
 * subject: "sentenced to 18 years" is a lookup; "sentenced for armed robbery" is not.
 */
function onTopic(ev: Evidence, wordCount: number): boolean {
  if (ev.strong >= 1 || ev.statutes > 0) return true;
  // Another subject is named ("trafficking fentanyl", "warning signs of a stroke"): only
  // words of this subject, not generic cues such as "sentenced", outweigh it.
  if (ev.other > 0) return ev.weak.size >= ev.other + 1;
  if (ev.barePerson > 0) return true;
  if (ev.bare > 0 && ev.weak.size + ev.decisive > 0) return true;
  if (ev.weak.size >= 2) return true;
  // A long passage about this subject names it; a short phrase may not.
  if (wordCount <= LONG_SELECTION_WORDS) return ev.decisive >= 1;
  return ev.decisive >= 2 || (ev.decisive >= 1 && Math.max(...Object.values(ev.scores)) >= 5);
}

/** Past this many words, a selection without an anchor needs two decisive cues. */
const LONG_SELECTION_WORDS = 14;

/** People words near a bare "trafficking" make it about people, not goods. */
const PERSON = vocab([
  'woman',
  'women',
  'girl',
  'boy',
  'child',
  'children',
  'kid',
  'minor',
  'teen',
  'teenager',
  'youth',
  'juvenile',
  'victim',
  'survivor',
  'person',
  'people',
  'worker',
  'man',
  'men',
  'daughter',
  'son',
  'niece',
  'student',
  'runaway',
  'labor',
  'labour',
  'sex',
  'sexual',
  'human',
  'prostitution',
]);
const PERSON_WINDOW = 6;

function nearPerson(s: string[], i: number): boolean {
  for (let k = Math.max(0, i - PERSON_WINDOW); k < Math.min(s.length, i + PERSON_WINDOW + 1); k++) {
    if (PERSON.has(s[k]!)) return true;
  }
  return false;
}

function isBareTrafficking(phrase: Phrase): boolean {
  return phrase.stems.length === 1 && phrase.stems[0]!.startsWith(TRAFFICK);
}

/** An exact glossary term (or alias) selected on its own. */
function termOnly(text: string): GlossaryTerm | undefined {
  // A bare statute number goes to the section that explains the statute.
  if (STATUTE_SECTIONS.some(([pattern]) => pattern.test(text))) return undefined;
  // A phone number is about reporting, even when it is a hotline's alias.
  if (/\d{3}[-. )]+\d{3}[-. ]\d{4}|\b\d{5,6}\b/.test(text)) return undefined;
  let words = stems(text);
  if (words.length === 0 || words.length > MAX_TERM_WORDS) return undefined;
  // "a T visa", "the Mann Act": ignore a leading article.
  if (words.length > 1 && ARTICLES.has(words[0]!)) words = words.slice(1);
  const { termByName } = phraseDictionary();
  const direct = termByName.get(words.join(' '));
  if (direct) return direct;
  // "Tier III offender", "T visa application": a term plus one generic word.
  if (words.length >= 2 && words.length <= 4) {
    return termByName.get(words.slice(0, -1).join(' ')) ?? termByName.get(words.slice(1).join(' '));
  }
  return undefined;
}

const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * Finds the explainer section a selection is about, or `null` when the text
 * is not about this subject. Never throws; work is bounded by MAX_LOOKUP_CHARS.
 */
export function lookup(text: string): LookupResult | null {
  if (typeof text !== 'string') return null;
  const clean = normalize(stripFurniture(text.slice(0, MAX_LOOKUP_RAW_CHARS)));
  if (!clean) return null;

  const term = termOnly(clean);
  if (term) {
    return { sectionId: 'glossary', score: 10, matched: [term.term.toLowerCase()], term };
  }

  const ev = gather(clean);
  if (!onTopic(ev, tokens(clean).length)) return null;

  // The ranking adds at most SEARCH_WEIGHT to a section, so when the cues already put one
  // section further ahead than that, it cannot change the answer: skip it (and, on a page's
  // first lookup, building the index). Otherwise, selected text is spelled as published, so
  // exact matching suffices; a bounded query keeps long selections fast.
  const combined = cuesDecide(ev.scores)
    ? ev.scores
    : blend(ev, uniqueWords(clean, MAX_QUERY_WORDS), { fuzzy: false, prefix: false });
  // A sentence goes to a topic; only a bare term (handled above) opens the glossary.
  let best: SectionId | null = null;
  for (const id of TOPIC_IDS) {
    if (best === null || combined[id] > combined[best]) best = id;
  }
  if (best === null || combined[best] <= 0) return null;
  return {
    sectionId: best,
    score: Math.round(combined[best] * 100) / 100,
    matched: [...ev.matched].slice(0, 20),
    ...(ev.terms.length === 1 ? { term: ev.terms[0] } : {}),
  };
}

/** Weight of MiniSearch's (normalised) ranking against the cue evidence. */
const SEARCH_WEIGHT = 2;

/** True when one topic section leads every other by more than the ranking could add. */
function cuesDecide(scores: Record<SectionId, number>): boolean {
  let first = -Infinity;
  let second = -Infinity;
  for (const id of TOPIC_IDS) {
    const score = scores[id];
    if (score > first) [first, second] = [score, first];
    else if (score > second) second = score;
  }
  return first - second > SEARCH_WEIGHT;
}

/** Cue evidence plus MiniSearch's ranking of the whole explainer, per section. */
function blend(
  ev: Evidence,
  query: string,
  options?: { fuzzy: false; prefix: false },
): Record<SectionId, number> {
  const ranked = sectionIndex().search(query, options);
  const top = ranked[0]?.score ?? 0;
  const combined = { ...ev.scores };
  for (const hit of ranked) {
    combined[hit.id as SectionId] += top > 0 ? (hit.score / top) * SEARCH_WEIGHT : 0;
  }
  return combined;
}

/**
 * The first `limit` distinct words of a text, as a MiniSearch query. Words keep their
 * apostrophes: MiniSearch splits "don't" as it did when indexing, where "dont" matches nothing.
 */
function uniqueWords(text: string, limit: number): string {
  return [...new Set(text.match(TOKEN) ?? [])].slice(0, limit).join(' ');
}

/** Ranked sections for the explainer's search view (empty query → []). */
export function searchExplainer(query: string, limit = 5): SearchHit[] {
  if (typeof query !== 'string') return [];
  const clean = normalize(query);
  if (!clean) return [];
  const ev = gather(clean);
  // People type queries: typos and prefixes are welcome here. A pasted paragraph is bounded
  // like a lookup's.
  const combined = blend(ev, uniqueWords(clean, MAX_QUERY_WORDS));
  return SECTION_IDS.filter((id) => combined[id] > 0)
    .sort((a, b) => combined[b] - combined[a])
    .slice(0, limit)
    .map((id) => ({
      sectionId: id,
      score: Math.round(combined[id] * 100) / 100,
      matched: [...ev.matched].slice(0, 20),
    }));
}
