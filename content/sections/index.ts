import type { Section, SectionId } from '../types';
import { SECTION_IDS } from '../types';
import { section as legalConsequences } from './legal-consequences';
import { section as penalties } from './penalties';
import { section as federalLaw } from './federal-law';
import { section as victimSupport } from './victim-support';
import { section as challenges } from './challenges';
import { section as lawEnforcement } from './law-enforcement';
import { section as publicAwareness } from './public-awareness';
import { section as recognizingSigns } from './recognizing-signs';
import { section as reporting } from './reporting';
import { section as communityEngagement } from './community-engagement';
import { section as glossary } from './glossary';

/** Every explainer section, in reading order. */
export const sections: readonly Section[] = [
  legalConsequences,
  penalties,
  federalLaw,
  victimSupport,
  challenges,
  lawEnforcement,
  publicAwareness,
  recognizingSigns,
  reporting,
  communityEngagement,
  glossary,
];

const byId = new Map(sections.map((s) => [s.id, s]));

export function sectionById(id: SectionId): Section {
  const section = byId.get(id);
  if (!section) throw new Error(`Unknown section ${id}`);
  return section;
}

export { SECTION_IDS };
