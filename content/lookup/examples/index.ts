import type { SectionId } from '../../types';
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
import TEAM_SPANS from './team-spans.json';
import { victimSupport } from './victim-support';

/*
 * The team's labelled text the lookup learns from, beside the knowledge base's own passages.
 * Written in the genres of real pages (checklists, quotes, press releases, statistics, program
 * contacts, legal process, slang) and off-topic text for the gate. Never copied from a page or
 * from an evaluation set. `team-spans.json` was the old engine's dev set: it measured tuning, so
 * it now teaches; tests/fixtures keeps the holdout and blind sets for measuring.
 */

export interface Labelled {
  text: string;
  section: SectionId | 'none';
}

const bySection: Record<Exclude<SectionId, never>, readonly string[]> = {
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

/** On-topic examples, each with its section. */
export const EXAMPLES: readonly Labelled[] = [
  ...Object.entries(bySection).flatMap(([section, texts]) =>
    texts.map((text) => ({ text, section: section as SectionId })),
  ),
  ...(TEAM_SPANS as Labelled[]).filter((s) => s.section !== 'none'),
];

/** Text that is not about trafficking. */
export const OFF_TOPIC: readonly Labelled[] = [
  ...offTopic.map((text) => ({ text, section: 'none' as const })),
  ...(TEAM_SPANS as Labelled[]).filter((s) => s.section === 'none'),
];
