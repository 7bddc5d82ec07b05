import * as v from 'valibot';
import { SECTION_IDS } from './types';

/**
 * Runtime schemas for the knowledge base, checked by the tests. The
 * TypeScript types say what the data may be; these say what it must be
 * (https addresses, ISO dates, non-empty text, well-formed numbers).
 */

const text = v.pipe(v.string(), v.trim(), v.minLength(1));
const https = v.pipe(v.string(), v.url(), v.startsWith('https://'));
const isoDate = v.pipe(v.string(), v.isoDate());
const sectionId = v.picklist(SECTION_IDS);

export const CitationSchema = v.strictObject({
  label: text,
  url: https,
  confidence: v.picklist(['primary', 'bill-text', 'secondary', 'unverified']),
  checked: isoDate,
});

const cites = v.pipe(v.array(CitationSchema), v.minLength(1));

const PenaltyRowSchema = v.strictObject({
  offense: text,
  statute: text,
  when: text,
  prison: text,
  fine: v.optional(text),
  registration: v.optional(text),
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
    link: v.optional(v.strictObject({ label: text, url: https })),
  }),
  v.strictObject({ kind: v.literal('region-resources') }),
  v.strictObject({ kind: v.literal('glossary-list') }),
]);

export const SectionSchema = v.strictObject({
  id: sectionId,
  title: text,
  summary: text,
  blocks: v.pipe(v.array(BlockSchema), v.minLength(1)),
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
  aliases: v.array(text),
  definition: text,
  section: sectionId,
  cite: v.optional(cites),
});

/**
 * A phone number as people write it: digits, spaces, dashes, dots, brackets, a leading +1,
 * letters for vanity forms. Separators are listed as `[-. ]`: written `[ -.]` they would be a
 * range from space to dot and let `#`, `*`, `"` or `%` through.
 */
const PHONE = /^(?:\+?1[-. ]?)?(?:\(\d{3}\)|\d{3})[-. ]?(?:\d{3}|[A-Z0-9]{3})[-. ]?[A-Z0-9]{4}$/;

const ContactSchema = v.variant('kind', [
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
  summary: text,
  contacts: v.array(ContactSchema),
  hours: v.optional(text),
  languages: v.optional(text),
  qualifier: v.optional(text),
  cite: cites,
});
