import { glossary } from '../glossary';
import { searchExplainer } from '../lookup';
import { sectionById, sections } from '../sections';
import { STATUTES } from '../statutes';
import type { Knowledge } from './content';

/** The explainer's knowledge in English. */
export const ENGLISH_KNOWLEDGE: Knowledge = {
  sections,
  sectionById,
  glossary,
  statutes: STATUTES,
  search: searchExplainer,
};
