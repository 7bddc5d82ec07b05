import MiniSearch, { type Options } from 'minisearch';
import { blockText } from '../block-text';
import { faqs } from '../faqs';
import { glossary } from '../glossary';
import { sections } from '../sections';
import type { SectionId } from '../types';
import { normalize, stem, STOP_WORDS } from './text';

/*
 * Full-text search over the explainer, for its search view: people type queries there, so typos
 * and prefixes are welcome. The right-click lookup does not use it (see ./index.ts), so the index
 * is built when the search view first asks, not saved with the extension: that keeps the
 * explainer's download small for the lookup's model.
 */

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

/*
 * The explainer's text holds about 20,000 words but only a few thousand distinct ones, and
 * normalising is the costly part of indexing: each distinct word is processed once.
 */
const processed = new Map<string, string | null>();
function processTerm(term: string): string | null {
  let out = processed.get(term);
  if (out === undefined) {
    const t = normalize(term).replace(/'/g, '');
    out = t.length < 2 || STOP_WORDS.has(t) ? null : stem(t);
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

/** Indexes the explainer from its text. */
export function buildSectionIndex(): MiniSearch<SectionDoc> {
  const index = new MiniSearch<SectionDoc>(INDEX_OPTIONS);
  index.addAll(sectionDocs());
  return index;
}

let built: MiniSearch<SectionDoc> | null = null;

/** Built on first use: pages that never search do not pay for it. */
function sectionIndex(): MiniSearch<SectionDoc> {
  built ??= buildSectionIndex();
  return built;
}

export interface TextHit {
  id: SectionId;
  /** Scaled so the best hit is 1. */
  score: number;
  /** The query words that matched, as typed. */
  terms: string[];
}

/** Sections whose text matches the query's words, best first. */
export function searchText(query: string): TextHit[] {
  const ranked = sectionIndex().search(query);
  const top = ranked[0]?.score ?? 0;
  return ranked.map((hit) => ({
    id: hit.id as SectionId,
    score: top > 0 ? hit.score / top : 0,
    terms: hit.queryTerms,
  }));
}
