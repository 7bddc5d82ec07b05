import MiniSearch, { type Options } from 'minisearch';
import { blockText } from '../block-text';
import { faqs as englishFaqs } from '../faqs';
import { glossary as englishGlossary } from '../glossary';
import { sections as englishSections } from '../sections';
import type { Faq, GlossaryTerm, Section, SectionId } from '../types';
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

/** What the search reads: the explainer's text in one language. */
export interface SearchSource {
  sections: readonly Section[];
  faqs: readonly Faq[];
  glossary: readonly GlossaryTerm[];
}

function sectionDocs(
  { sections, faqs, glossary }: SearchSource = {
    sections: englishSections,
    faqs: englishFaqs,
    glossary: englishGlossary,
  },
): SectionDoc[] {
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
  return hitsOf(sectionIndex().search(query));
}

/**
 * A text search over the explainer in another language (its own words, glue words and
 * stemmer). Built on first use.
 */
export function makeTextSearch(
  source: SearchSource,
  language: { stopWords: ReadonlySet<string>; stem: (word: string) => string },
): (query: string) => TextHit[] {
  let index: MiniSearch<SectionDoc> | null = null;
  const process = (term: string): string | null => {
    const t = normalize(term).replace(/'/g, '');
    return t.length < 2 || language.stopWords.has(t) ? null : language.stem(t);
  };
  return (query) => {
    if (!index) {
      index = new MiniSearch<SectionDoc>({ ...INDEX_OPTIONS, processTerm: process });
      index.addAll(sectionDocs(source));
    }
    return hitsOf(index.search(normalize(query).slice(0, 500)));
  };
}

function hitsOf(ranked: ReturnType<MiniSearch<SectionDoc>['search']>): TextHit[] {
  const top = ranked[0]?.score ?? 0;
  return ranked.map((hit) => ({
    id: hit.id as SectionId,
    score: top > 0 ? hit.score / top : 0,
    terms: hit.queryTerms,
  }));
}
