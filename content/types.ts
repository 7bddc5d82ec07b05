import type * as v from 'valibot';
import type {
  BlockSchema,
  CitationSchema,
  ContactSchema,
  FaqSchema,
  GlossaryTermSchema,
  LinkSchema,
  PenaltyRowSchema,
  ResourceSchema,
  SectionSchema,
} from './schema';

/**
 * The shape of the knowledge base. Everything a page shows comes from data of
 * these types; components hold no facts of their own.
 *
 * Text fields are plain text, never HTML: pages render them as text nodes.
 */

/** The deep-link contract: `explainer.html#<id>`. Order = reading order. */
export const SECTION_IDS = [
  'legal-consequences',
  'penalties',
  'federal-law',
  'victim-support',
  'challenges',
  'law-enforcement',
  'public-awareness',
  'recognizing-signs',
  'reporting',
  'community-engagement',
  'glossary',
] as const;

export type SectionId = (typeof SECTION_IDS)[number];

/*
 * The shapes of the knowledge base are defined once, by the valibot schemas in ./schema.ts
 * (which the tests run over every item); the types below are read from them.
 */

/** How sure the fact sheet is of a source (see content/SOURCES.md and ./schema.ts). */
export type Confidence = Citation['confidence'];
/** Where a fact comes from. Shown next to the fact. */
export type Citation = v.InferOutput<typeof CitationSchema>;
export type Link = v.InferOutput<typeof LinkSchema>;
export type PenaltyRow = v.InferOutput<typeof PenaltyRowSchema>;
export type Block = v.InferOutput<typeof BlockSchema>;
export type Section = v.InferOutput<typeof SectionSchema>;
export type Faq = v.InferOutput<typeof FaqSchema>;
export type GlossaryTerm = v.InferOutput<typeof GlossaryTermSchema>;
/** A way to reach a line: a number, short code or https address. */
export type Contact = v.InferOutput<typeof ContactSchema>;
export type ContactKind = Contact['kind'];
/** A line or organisation. */
export type Resource = v.InferOutput<typeof ResourceSchema>;
/** What a line or organisation is for; drives grouping and order. */
export type Purpose = Resource['purpose'];

export const STATE_CODES = [
  'AL',
  'AK',
  'AZ',
  'AR',
  'CA',
  'CO',
  'CT',
  'DE',
  'DC',
  'FL',
  'GA',
  'HI',
  'ID',
  'IL',
  'IN',
  'IA',
  'KS',
  'KY',
  'LA',
  'ME',
  'MD',
  'MA',
  'MI',
  'MN',
  'MS',
  'MO',
  'MT',
  'NE',
  'NV',
  'NH',
  'NJ',
  'NM',
  'NY',
  'NC',
  'ND',
  'OH',
  'OK',
  'OR',
  'PA',
  'RI',
  'SC',
  'SD',
  'TN',
  'TX',
  'UT',
  'VT',
  'VA',
  'WA',
  'WV',
  'WI',
  'WY',
] as const;
export type StateCode = (typeof STATE_CODES)[number];

export const OUTSIDE_US = 'OUTSIDE_US';

export const MISSOURI_AREAS = [
  'st-louis',
  'kansas-city',
  'springfield-southwest',
  'columbia-central',
  'rest-of-missouri',
] as const;
export type MissouriArea = (typeof MISSOURI_AREAS)[number];

/** The user's region. `area` only applies to Missouri. */
export interface Region {
  state: StateCode | typeof OUTSIDE_US;
  area?: MissouriArea;
}
