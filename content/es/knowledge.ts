import { faqs as englishFaqs } from '../faqs';
import { glossary as englishGlossary } from '../glossary';
import { makeTextSearch } from '../lookup/search';
import type { Knowledge } from '../i18n/content';
import { applyWords } from '../i18n/overlay';
import { sections as englishSections } from '../sections';
import { STATUTES } from '../statutes';
import type { Section, SectionId } from '../types';
import glossaryWords from './data/glossary.json';
import challenges from './data/sections/challenges.json';
import communityEngagement from './data/sections/community-engagement.json';
import federalLaw from './data/sections/federal-law.json';
import glossarySection from './data/sections/glossary.json';
import lawEnforcement from './data/sections/law-enforcement.json';
import legalConsequences from './data/sections/legal-consequences.json';
import penalties from './data/sections/penalties.json';
import publicAwareness from './data/sections/public-awareness.json';
import recognizingSigns from './data/sections/recognizing-signs.json';
import reporting from './data/sections/reporting.json';
import victimSupport from './data/sections/victim-support.json';
import statuteWords from './data/statutes.json';
import faqWords from './data/faqs.json';
import { SPANISH_STOP_WORDS, spanishStem } from './words';

/** The Spanish words of each section (content/es/data/sections/), laid over the English. */
export const SECTION_WORDS: Record<SectionId, unknown> = {
  'legal-consequences': legalConsequences,
  penalties,
  'federal-law': federalLaw,
  'victim-support': victimSupport,
  challenges,
  'law-enforcement': lawEnforcement,
  'public-awareness': publicAwareness,
  'recognizing-signs': recognizingSigns,
  reporting,
  'community-engagement': communityEngagement,
  glossary: glossarySection,
};

const sections: readonly Section[] = englishSections.map((s) => applyWords(s, SECTION_WORDS[s.id]));
const byId = new Map(sections.map((s) => [s.id, s]));

const glossary = applyWords(englishGlossary, glossaryWords);
const searchText = makeTextSearch(
  { sections, glossary, faqs: applyWords(englishFaqs, faqWords) },
  { stopWords: SPANISH_STOP_WORDS, stem: spanishStem },
);

/** The explainer's knowledge in Spanish. */
export const SPANISH_KNOWLEDGE: Knowledge = {
  sections,
  sectionById: (id) => byId.get(id)!,
  glossary,
  statutes: applyWords(STATUTES, statuteWords),
  search: (query, limit) =>
    searchText(query)
      .slice(0, limit)
      .map((hit) => ({ sectionId: hit.id, score: hit.score, matched: hit.terms })),
};
