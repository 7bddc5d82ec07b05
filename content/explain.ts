import { glossary } from './glossary';
import { lookup } from './lookup';
import { STATUTES, statuteByCitation } from './statutes';
import type { GlossaryTerm, SectionId } from './types';

/**
 * "Explain this page": what a whole article says that the guide can explain. Pure and local:
 * the page's text comes in, plain data goes out, and nothing is kept.
 */
export interface PageExplanation {
  /** Each statute the page cites, in the order it first appears. */
  statutes: { citation: string; sectionId: SectionId }[];
  /** Each glossary term the page uses, in the order it first appears. */
  terms: { term: string; sectionId: SectionId }[];
  /** The explainer sections the page touches, most first, each with the page's best sentence. */
  sections: { sectionId: SectionId; sentence: string }[];
}

/**
 * Work is bounded: a page longer than this is read from its start. A 2,000-word article is about
 * 12,000 characters; this is a long report. It keeps 1 MB of text fast.
 */
export const MAX_EXPLAIN_CHARS = 150_000;
/** Paragraphs ranked with the lookup engine, at most (a long report has a few hundred). */
export const MAX_PARAGRAPHS = 400;
/** A paragraph longer than this is read from its start, as a right-click selection is. */
const MAX_PARAGRAPH_CHARS = 4000;
/** A quoted sentence is cut to about this many characters. */
export const MAX_SENTENCE_CHARS = 280;
/** Sections listed, at most: past this the list stops helping. */
export const MAX_SECTIONS = 6;

/**
 * The one call into the lookup engine, so replacing the engine is a one-line change here.
 * Scores are compared only within one engine version.
 */
function rank(text: string): { sectionId: SectionId; score: number; matched: string[] } | null {
  const result = lookup(text);
  return result && { sectionId: result.sectionId, score: result.score, matched: result.matched };
}

// ---------------------------------------------------------------------------
// Text

const CONTROL =
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Straight quotes, plain dashes and spaces, no control characters; same length is not kept. */
function clean(text: string): string {
  return text
    .slice(0, MAX_EXPLAIN_CHARS)
    .replace(CONTROL, ' ')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ');
}

/** Abbreviations a sentence does not end on ("18 U.S.C. 1591", "Mo. Rev. Stat.", "Sgt. Smith"). */
const ABBREVIATION =
  /(?:\b(?:U\.S\.C|U\.S|Mo|Rev|Stat|St|Mr|Mrs|Ms|Dr|Sgt|Lt|Capt|Det|Gov|Sen|Rep|Atty|Gen|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|Inc|Co|Corp|Jr|Sr|vs|v|Sec|Ch)|(?:^|\s)[A-Z])\.$/;

/** A line of fewer words (a heading, a list item) is read with its neighbours. */
const SHORT_LINE_WORDS = 15;
/** Short lines are read together up to about this many words. */
const GROUP_WORDS = 45;

/**
 * The page's paragraphs, at most MAX_PARAGRAPHS, each cut to MAX_PARAGRAPH_CHARS. Headings and
 * list items are lines of their own; runs of them are read together (a checklist is one
 * point, and one lookup instead of ten), kept apart by line breaks for quoting.
 */
function paragraphs(text: string): string[] {
  const out: string[] = [];
  let group: string[] = [];
  let groupWords = 0;
  const flush = () => {
    if (group.length) out.push(group.join('\n').slice(0, MAX_PARAGRAPH_CHARS));
    group = [];
    groupWords = 0;
  };
  for (const line of text.split('\n')) {
    if (out.length >= MAX_PARAGRAPHS) break;
    const paragraph = line.replace(/\s+/g, ' ').trim().slice(0, MAX_PARAGRAPH_CHARS);
    if (!paragraph) continue;
    const words = paragraph.split(' ').length;
    if (words >= SHORT_LINE_WORDS) {
      flush();
      out.push(paragraph);
      continue;
    }
    group.push(paragraph);
    groupWords += words;
    if (groupWords >= GROUP_WORDS) flush();
  }
  if (out.length < MAX_PARAGRAPHS) flush();
  return out;
}

/** A paragraph split into sentences, not at abbreviations. */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  let pending = '';
  // A line break always ends a sentence: headings and list items have no stop.
  for (const piece of paragraph.split(/(?<=[.!?]["')\]]?)[^\S\n]+|\n/)) {
    pending = pending ? `${pending} ${piece}` : piece;
    if (ABBREVIATION.test(pending)) continue;
    if (pending.trim()) out.push(pending.trim());
    pending = '';
  }
  if (pending.trim()) out.push(pending.trim());
  return out;
}

/** A sentence short enough to show, cut at a word. */
function quote(sentence: string): string {
  if (sentence.length <= MAX_SENTENCE_CHARS) return sentence;
  const cut = sentence.slice(0, MAX_SENTENCE_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_SENTENCE_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

// ---------------------------------------------------------------------------
// Statutes

const MISSOURI = new Map(
  STATUTES.filter((s) => !s.citation.includes('U.S.C.')).map((s) => [s.citation, s.citation]),
);
/** Federal sections by their number alone ("1591" → "18 U.S.C. 1591"). */
const FEDERAL = new Map(
  STATUTES.filter((s) => s.citation.includes('U.S.C.')).map((s) => [
    s.citation.split(' ').pop()!.toUpperCase(),
    s.citation,
  ]),
);

/**
 * A Missouri section number as printed: "566.211", "RSMo 566.211.1", "§ 566.209". Not part of a
 * longer number, a price or a date ("$566.21", "1,566.210", "566 people" has no decimals).
 */
const MISSOURI_CITE = /(?<![\d$.,])(\d{3})\.(\d{3,4})(?!\d|,\d)/g;
/** "18 U.S.C. 1591", "18 USC §1591", "18 U.S.C. §§ 2421-2423", "22 U.S.C. 7102(9)". */
const FEDERAL_CITE =
  /\b(18|22)\s*(?:U\.?\s?S\.?\s?C\.?(?:\s*A\.?)?|U\.\s?S\.\s*Code)\s*(?:§{1,2}|sec(?:tion|s|\.)?)?\s*(\d{4}[a-z]?)(?:\s*(?:-|to|and|through|–)\s*(\d{4}[a-z]?))?/gi;
/** "Section 1591 of Title 18", "§ 1591": only the numbers the federal law section explains. */
const SECTION_NUMBER = /(?:§{1,2}|\bsections?)\s*(\d{4}[a-z]?)\b/gi;
/** Names of laws ("the Mann Act", "TVPA"), matched as whole words. */
const NAMED = STATUTES.flatMap((s) =>
  (s.names ?? []).map((name) => ({ pattern: new RegExp(`\\b${name}\\b`, 'gi'), statute: s })),
);

function findStatutes(text: string): PageExplanation['statutes'] {
  const found: { citation: string; at: number }[] = [];
  const add = (citation: string | undefined, at: number) => {
    if (citation) found.push({ citation, at });
  };
  for (const m of text.matchAll(MISSOURI_CITE)) add(MISSOURI.get(`${m[1]}.${m[2]}`), m.index);
  for (const m of text.matchAll(FEDERAL_CITE)) {
    const title = m[1];
    const first = m[2]!.toUpperCase();
    const last = m[3]?.toUpperCase();
    const numbers = [first];
    // A range names every section the guide explains between its ends.
    if (last && Number.parseInt(last, 10) - Number.parseInt(first, 10) < 10) {
      for (const [number] of FEDERAL) {
        const n = Number.parseInt(number, 10);
        if (n > Number.parseInt(first, 10) && n <= Number.parseInt(last, 10)) numbers.push(number);
      }
    }
    for (const number of numbers) {
      const citation = FEDERAL.get(number);
      if (citation?.startsWith(`${title} `)) add(citation, m.index);
    }
  }
  for (const m of text.matchAll(SECTION_NUMBER)) {
    const citation = FEDERAL.get(m[1]!.toUpperCase());
    // 7102 is in title 22; "section 7102" alone could be anything.
    if (citation?.startsWith('18 ')) add(citation, m.index);
  }
  for (const { pattern, statute } of NAMED) {
    for (const m of text.matchAll(pattern)) add(statute.citation, m.index);
  }
  found.sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  const out: PageExplanation['statutes'] = [];
  for (const { citation } of found) {
    if (seen.has(citation)) continue;
    seen.add(citation);
    out.push({ citation, sectionId: statuteByCitation(citation)!.sectionId });
  }
  return out;
}

// ---------------------------------------------------------------------------
// Glossary terms

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
]);

const lower = (s: string) => clean(s).toLowerCase();

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
        name: lower(raw).replace(/"/g, '').replace(/\s+/g, ' ').trim(),
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

function findTerms(lowered: string): PageExplanation['terms'] {
  const flat = lowered.replace(/\s+/g, ' ');
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

// ---------------------------------------------------------------------------
// Sections

/**
 * The sentence of a paragraph that holds the most of what matched (the engine reports it in
 * lower case), the first on a tie.
 */
function bestSentence(paragraph: string, matched: string[]): string {
  const sentences = splitSentences(paragraph);
  let best = sentences[0] ?? paragraph;
  let most = -1;
  for (const sentence of sentences) {
    const lowered = sentence.toLowerCase();
    const count = matched.filter((m) => lowered.includes(m.toLowerCase())).length;
    if (count > most) [best, most] = [sentence, count];
  }
  return best;
}

/**
 * Each paragraph is looked up as if the reader had selected it: a paragraph keeps a point and its
 * context together, and ranking paragraphs instead of sentences is several times less work.
 */
function findSections(page: string): PageExplanation['sections'] {
  const bySection = new Map<
    SectionId,
    { total: number; best: number; paragraph: string; matched: string[] }
  >();
  for (const paragraph of paragraphs(page)) {
    const hit = rank(paragraph);
    // The glossary is reached through the terms list.
    if (!hit || hit.sectionId === 'glossary') continue;
    const entry = bySection.get(hit.sectionId);
    if (!entry) {
      bySection.set(hit.sectionId, { total: hit.score, best: hit.score, paragraph, ...hit });
    } else {
      entry.total += hit.score;
      if (hit.score > entry.best) Object.assign(entry, { best: hit.score, paragraph, ...hit });
    }
  }
  return [...bySection]
    .sort((a, b) => b[1].total - a[1].total)
    .slice(0, MAX_SECTIONS)
    .map(([sectionId, { paragraph, matched }]) => ({
      sectionId,
      sentence: quote(bestSentence(paragraph, matched)),
    }));
}

// ---------------------------------------------------------------------------

/**
 * Everything on a page the guide can explain: the statutes it cites, the glossary terms it uses
 * and the sections it touches. All three are empty for a page about something else. Never
 * throws; the work is bounded by MAX_EXPLAIN_CHARS and MAX_PARAGRAPHS.
 */
export function explainText(text: string): PageExplanation {
  const empty: PageExplanation = { statutes: [], terms: [], sections: [] };
  if (typeof text !== 'string') return empty;
  const page = clean(text);
  if (!page.trim()) return empty;
  const statutes = findStatutes(page);
  const sections = findSections(page);
  // Words like "grooming" or "parole" name this subject only on a page about it.
  if (statutes.length === 0 && sections.length === 0) return empty;
  return { statutes, terms: findTerms(page.toLowerCase()), sections };
}

/** The glossary entry a term in `explainText`'s result names. */
export function glossaryTerm(name: string): GlossaryTerm | undefined {
  return glossary.find((term) => term.term === name);
}
