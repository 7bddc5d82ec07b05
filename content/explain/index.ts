import { passageMatches, rankPassage } from '../lookup';
import type { SectionId } from '../types';
import { findStatutes, type FoundStatute } from './citations';
import { findTerms, type FoundTerm } from './terms';
import { cleanPage, paragraphs, quote, splitSentences } from './text';

export { glossaryTerm } from './terms';
export { splitSentences } from './text';

/**
 * "Explain this page": what a whole article says that the guide can explain. Pure and local:
 * the page's text comes in, plain data goes out, and nothing is kept.
 */
export interface PageExplanation {
  /** Each statute the page cites, in the order it first appears. */
  statutes: FoundStatute[];
  /** Each glossary term the page uses, in the order it first appears. */
  terms: FoundTerm[];
  /** The explainer sections the page touches, most first, each with the page's best sentence. */
  sections: { sectionId: SectionId; sentence: string }[];
}

/** Sections listed, at most: past this the list stops helping. */
export const MAX_SECTIONS = 6;

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

interface SectionScore {
  total: number;
  best: number;
  paragraph: string;
}

/**
 * Each paragraph is read as if the reader had selected it: a paragraph keeps a point and its
 * context together, and ranking paragraphs instead of sentences is several times less work.
 * Sections are ranked by the sum of their paragraphs' scores, and each is quoted from its
 * strongest paragraph (what matched is worked out for those few paragraphs only).
 */
function findSections(page: string): PageExplanation['sections'] {
  const bySection = new Map<SectionId, SectionScore>();
  for (const paragraph of paragraphs(page)) {
    const hit = rankPassage(paragraph);
    if (!hit) continue;
    const { sectionId, score } = hit;
    const entry = bySection.get(sectionId);
    if (!entry) bySection.set(sectionId, { total: score, best: score, paragraph });
    else {
      entry.total += score;
      if (score > entry.best) Object.assign(entry, { best: score, paragraph });
    }
  }
  return [...bySection]
    .sort((a, b) => b[1].total - a[1].total)
    .slice(0, MAX_SECTIONS)
    .map(([sectionId, { paragraph }]) => ({
      sectionId,
      sentence: quote(bestSentence(paragraph, passageMatches(paragraph, sectionId))),
    }));
}

/**
 * Everything on a page the guide can explain: the statutes it cites, the glossary terms it uses
 * and the sections it touches. All three are empty for a page about something else. Never
 * throws; the work is bounded by MAX_EXPLAIN_CHARS and MAX_EXPLAIN_PARAGRAPHS (content/limits.ts).
 */
export function explainText(text: string): PageExplanation {
  const empty: PageExplanation = { statutes: [], terms: [], sections: [] };
  if (typeof text !== 'string') return empty;
  const page = cleanPage(text);
  if (!page.trim()) return empty;
  const statutes = findStatutes(page);
  const sections = findSections(page);
  // Words like "grooming" or "parole" name this subject only on a page about it.
  if (statutes.length === 0 && sections.length === 0) return empty;
  return { statutes, terms: findTerms(page.toLowerCase().replace(/\s+/g, ' ')), sections };
}
