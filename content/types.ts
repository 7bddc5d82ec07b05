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

/**
 * How sure the fact sheet is of a source (see content/SOURCES.md).
 * - primary: an official page or a copy of official text (revisor.mo.gov, .gov, U.S. Code)
 * - bill-text: a 2023–2024 Missouri bill that reprints the law as it stood then
 * - secondary: news, NGO or law-firm page, not confirmed on an official page
 * - unverified: could not be confirmed, or sources conflict. Never stated as fact.
 */
export type Confidence = 'primary' | 'bill-text' | 'secondary' | 'unverified';

/** Where a fact comes from. Shown next to the fact. */
export interface Citation {
  /** What the reader sees, e.g. "RSMo 566.209 as reprinted in HB 2688 (2024) (bill text)". */
  label: string;
  /** An https address of the source. */
  url: string;
  confidence: Confidence;
  /** ISO date the fact was checked against the source. */
  checked: string;
}

export interface Link {
  label: string;
  url: string;
}

export interface PenaltyRow {
  /** Offense name in plain words, e.g. "Sexual trafficking of a child, first degree". */
  offense: string;
  /** e.g. "RSMo 566.210". */
  statute: string;
  /** The circumstance this row covers, e.g. "Victim under 12". */
  when: string;
  /** Prison range in plain words. */
  prison: string;
  fine?: string;
  /** Sex-offender registration consequence, if the fact sheet gives one. */
  registration?: string;
  /**
   * 'reported-change' rows are UNVERIFIED reports shown beside the statute text,
   * never instead of it.
   */
  status: 'statute' | 'reported-change';
  cite: Citation[];
}

export type Block =
  | { kind: 'paragraph'; text: string; cite?: Citation[] }
  | { kind: 'list'; intro?: string; items: string[]; cite?: Citation[] }
  | { kind: 'subheading'; text: string }
  /** Short statute wording, copied word for word, shown as a quotation. */
  | { kind: 'quote'; text: string; cite: Citation[] }
  | { kind: 'penalties'; caption: string; rows: PenaltyRow[] }
  | {
      kind: 'callout';
      tone: 'warning' | 'info';
      title: string;
      text: string;
      cite?: Citation[];
      link?: Link;
    }
  /** Where the explainer shows the reporting lines for the user's region. */
  | { kind: 'region-resources' }
  /** Where the explainer shows every glossary term. */
  | { kind: 'glossary-list' };

export interface Section {
  id: SectionId;
  /** A heading that says what the section tells you. */
  title: string;
  /** One line: the answer first. */
  summary: string;
  blocks: Block[];
  /** Extra words a reader might select that belong here (for lookup). */
  keywords: string[];
}

export interface Faq {
  id: string;
  question: string;
  /** Plain language, at most 120 words. */
  answer: string;
  section: SectionId;
  cite: Citation[];
}

export interface GlossaryTerm {
  id: string;
  term: string;
  /** Other names a news story or a reader might use. */
  aliases: string[];
  definition: string;
  section: SectionId;
  /** Required when the definition states the law. */
  cite?: Citation[];
}

/** What a line or organisation is for; drives grouping and order. */
export type Purpose =
  | 'emergency'
  | 'trafficking-hotline'
  | 'child-abuse-report'
  | 'state-trafficking-line'
  | 'child-exploitation'
  | 'federal-tip'
  | 'survivor-support'
  | 'address-confidentiality'
  | 'local-organization'
  | 'information';

export type ContactKind = 'call' | 'text' | 'chat' | 'tty' | 'web';

export interface Contact {
  kind: ContactKind;
  /**
   * The number, short code or https address, character for character as in
   * the fact sheet (e.g. "1-888-373-7888", "233733", "711").
   */
  value: string;
  /** The letters form of a number, e.g. "1-800-THE-LOST". */
  vanity?: string;
  /** For text lines: the word to send. */
  keyword?: string;
  /** A short qualifier, e.g. "Relay Missouri, voice" or "from outside Missouri". */
  note?: string;
}

export interface Resource {
  id: string;
  name: string;
  purpose: Purpose;
  /** One sentence: what it is for and when to use it. */
  summary: string;
  contacts: Contact[];
  hours?: string;
  languages?: string;
  /** Shown beside the name when the fact sheet is less than sure, e.g. "phone number may be out of date". */
  qualifier?: string;
  cite: Citation[];
}

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
