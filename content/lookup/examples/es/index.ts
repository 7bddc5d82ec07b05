import type { SectionId } from '../../../types';
import type { Labelled } from '../index';
import { challenges } from './challenges';
import { communityEngagement } from './community-engagement';
import { federalLaw } from './federal-law';
import { glossary } from './glossary';
import { lawEnforcement } from './law-enforcement';
import { legalConsequences } from './legal-consequences';
import { offTopic } from './off-topic';
import { penalties } from './penalties';
import { publicAwareness } from './public-awareness';
import { recognizingSigns } from './recognizing-signs';
import { reporting } from './reporting';
import { victimSupport } from './victim-support';

/*
 * The team's Spanish labelled text for the Spanish lookup: written in the genres of Spanish-
 * language pages (news, press releases, checklists, hotline and advocacy pages), and Spanish
 * off-topic text for the gate. Never copied from a page or from an evaluation set.
 */

const bySection: Record<SectionId, readonly string[]> = {
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
  glossary,
};

/** Spanish on-topic examples, each with its section. */
export const SPANISH_EXAMPLES: readonly Labelled[] = Object.entries(bySection).flatMap(
  ([section, texts]) => texts.map((text) => ({ text, section: section as SectionId })),
);

/** Spanish text that is not about trafficking. */
export const SPANISH_OFF_TOPIC: readonly Labelled[] = offTopic.map((text) => ({
  text,
  section: 'none' as const,
}));
