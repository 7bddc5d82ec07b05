import type { Section } from '../types';

export const section: Section = {
  id: 'glossary',
  title: 'What the legal words mean',
  summary:
    'Plain-language definitions of the legal words used in trafficking cases and on this page.',
  blocks: [
    {
      kind: 'paragraph',
      text: 'News stories about trafficking cases often use legal words without explaining them. Each term below is defined in plain language. Where a definition states the law, its source is shown beside it. A definition with no source gives the general meaning of a word, not a legal fact.',
    },
    { kind: 'glossary-list' },
  ],
  keywords: [
    'glossary',
    'definition',
    'defined as',
    'define',
    'meaning',
    'what does it mean',
    'legal term',
    'legal terms',
    'terminology',
    'jargon',
    'plain language',
  ],
};
