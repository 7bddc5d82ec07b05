import * as v from 'valibot';
import { SECTION_IDS } from './types';

/**
 * The shape of the knowledge base, defined once: content/types.ts reads its types from these
 * schemas, and the tests check every item against them (https addresses, ISO dates, non-empty
 * text, well-formed numbers). Text fields are plain text, never HTML.
 */

const text = v.pipe(v.string(), v.trim(), v.minLength(1));
const https = v.pipe(v.string(), v.url(), v.startsWith('https://'));
const isoDate = v.pipe(v.string(), v.isoDate());
const sectionId = v.picklist(SECTION_IDS);

export const CitationSchema = v.strictObject({
  /** What the reader sees, e.g. "RSMo 566.209 as reprinted in HB 2688 (2024) (bill text)". */
  label: text,
  url: https,
  /**
   * - primary: an official page or a copy of official text (revisor.mo.gov, .gov, U.S. Code)
   * - bill-text: a 2023–2024 Missouri bill that reprints the law as it stood then
   * - secondary: news, NGO or law-firm page, not confirmed on an official page
   * - unverified: could not be confirmed, or sources conflict. Never stated as fact.
   */
  confidence: v.picklist(['primary', 'bill-text', 'secondary', 'unverified']),
  /** ISO date the fact was checked against the source. */
  checked: isoDate,
});

export const LinkSchema = v.strictObject({ label: text, url: https });

const cites = v.pipe(v.array(CitationSchema), v.minLength(1));

export const PenaltyRowSchema = v.strictObject({
  /** Offense name in plain words, e.g. "Sexual trafficking of a child, first degree". */
  offense: text,
  /** e.g. "RSMo 566.210". */
  statute: text,
  /** The circumstance this row covers, e.g. "Victim under 12". */
  when: text,
  /** Prison range in plain words. */
  prison: text,
  fine: v.optional(text),
  /** Sex-offender registration consequence, if the fact sheet gives one. */
  registration: v.optional(text),
  /** 'reported-change' rows are UNVERIFIED reports shown beside the statute text, never instead. */
  status: v.picklist(['statute', 'reported-change']),
  cite: cites,
});

export const BlockSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('paragraph'), text, cite: v.optional(cites) }),
  v.strictObject({
    kind: v.literal('list'),
    intro: v.optional(text),
    items: v.pipe(v.array(text), v.minLength(1)),
    cite: v.optional(cites),
  }),
  v.strictObject({ kind: v.literal('subheading'), text }),
  // Short statute wording, copied word for word, shown as a quotation.
  v.strictObject({ kind: v.literal('quote'), text, cite: cites }),
  v.strictObject({
    kind: v.literal('penalties'),
    caption: text,
    rows: v.pipe(v.array(PenaltyRowSchema), v.minLength(1)),
  }),
  v.strictObject({
    kind: v.literal('callout'),
    tone: v.picklist(['warning', 'info']),
    title: text,
    text,
    cite: v.optional(cites),
    link: v.optional(LinkSchema),
  }),
  // Where the explainer shows the reporting lines for the user's region.
  v.strictObject({ kind: v.literal('region-resources') }),
  // Where the explainer shows every glossary term.
  v.strictObject({ kind: v.literal('glossary-list') }),
]);

export const SectionSchema = v.strictObject({
  id: sectionId,
  /** A heading that says what the section tells you. */
  title: text,
  /** One line: the answer first. */
  summary: text,
  blocks: v.pipe(v.array(BlockSchema), v.minLength(1)),
  /** Extra words a reader might select that belong here (for lookup). */
  keywords: v.pipe(v.array(text), v.minLength(5)),
});

const kebab = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

export const FaqSchema = v.strictObject({
  id: kebab,
  question: v.pipe(text, v.endsWith('?')),
  answer: v.pipe(
    text,
    v.check((answer) => answer.split(/\s+/).length <= 120, 'An answer has at most 120 words.'),
  ),
  section: sectionId,
  cite: cites,
});

export const GlossaryTermSchema = v.strictObject({
  id: kebab,
  term: text,
  /** Other names a news story or a reader might use. */
  aliases: v.array(text),
  definition: text,
  section: sectionId,
  /** Required when the definition states the law. */
  cite: v.optional(cites),
});

/**
 * A phone number as people write it: digits, spaces, dashes, dots, brackets, a leading +1,
 * letters for vanity forms. Separators are listed as `[-. ]`: written `[ -.]` they would be a
 * range from space to dot and let `#`, `*`, `"` or `%` through.
 */
const PHONE = /^(?:\+?1[-. ]?)?(?:\(\d{3}\)|\d{3})[-. ]?(?:\d{3}|[A-Z0-9]{3})[-. ]?[A-Z0-9]{4}$/;

/**
 * A way to reach a line: the number, short code or https address character for character as in
 * the fact sheet (e.g. "1-888-373-7888", "233733", "711"), with its letters form (`vanity`,
 * "1-800-THE-LOST"), the word to text (`keyword`) and a short qualifier (`note`).
 */
export const ContactSchema = v.variant('kind', [
  v.strictObject({
    kind: v.picklist(['call', 'tty']),
    value: v.pipe(
      v.string(),
      v.check((s) => PHONE.test(s) || /^(?:711|911)$/.test(s)),
    ),
    vanity: v.optional(text),
    keyword: v.optional(text),
    note: v.optional(text),
  }),
  v.strictObject({
    kind: v.literal('text'),
    value: v.pipe(v.string(), v.regex(/^\d{5,6}$|^(?:\+?1[-. ]?)?\d{3}[-. ]?\d{3}[-. ]?\d{4}$/)),
    vanity: v.optional(text),
    keyword: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]+$/))),
    note: v.optional(text),
  }),
  v.strictObject({
    kind: v.picklist(['chat', 'web']),
    value: https,
    vanity: v.optional(text),
    keyword: v.optional(text),
    note: v.optional(text),
  }),
]);

export const ResourceSchema = v.strictObject({
  id: kebab,
  name: text,
  purpose: v.picklist([
    'emergency',
    'trafficking-hotline',
    'child-abuse-report',
    'state-trafficking-line',
    'child-exploitation',
    'federal-tip',
    'survivor-support',
    'address-confidentiality',
    'local-organization',
    'information',
  ]),
  /** One sentence: what it is for and when to use it. */
  summary: text,
  contacts: v.array(ContactSchema),
  hours: v.optional(text),
  languages: v.optional(text),
  /** Shown beside the name when the fact sheet is less than sure. */
  qualifier: v.optional(text),
  cite: cites,
});
