import { describe, it, expect } from 'vitest';
import * as v from 'valibot';
import { sections } from '@/content/sections';
import { faqs } from '@/content/faqs';
import { glossary } from '@/content/glossary';
import { resourcesFor } from '@/content/region-lines';
import { emergency, nationalHotline, specialisedNational } from '@/content/resources/national';
import { missouriAreaResources, missouriStatewide } from '@/content/resources/missouri';
import { stateResources } from '@/content/resources/states';
import {
  STATE_CODES,
  SECTION_IDS,
  type Block,
  type Citation,
  type Resource,
} from '@/content/types';
import {
  CitationSchema,
  FaqSchema,
  GlossaryTermSchema,
  ResourceSchema,
  SectionSchema,
} from '@/content/schema';
import { fleschKincaidGrade } from './readability';
import { statutePage } from '@/content/sources';

const allResources: Resource[] = [
  emergency,
  nationalHotline,
  ...specialisedNational,
  ...missouriStatewide,
  ...Object.values(missouriAreaResources).flat(),
  ...STATE_CODES.filter((c) => c !== 'MO').flatMap((c) => stateResources(c)),
];

/** Every string anywhere in the knowledge base, with where it was found. */
function strings(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, item]) => strings(item, `${path}.${k}`));
  return [];
}

const everything = { sections, faqs, glossary, allResources };

function blockText(block: Block): string {
  if ('text' in block) return block.text;
  if (block.kind === 'list') return [block.intro ?? '', ...block.items].join(' ');
  return '';
}

describe('knowledge base: shape', () => {
  it('has exactly the 11 deep-link section ids, in order', () => {
    expect(sections.map((s) => s.id)).toEqual([...SECTION_IDS]);
  });

  it('every section, FAQ, glossary term and resource matches its schema', () => {
    const problems: string[] = [];
    const check = (schema: v.GenericSchema, item: { id: string }, kind: string) => {
      const r = v.safeParse(schema, item);
      if (!r.success) problems.push(`${kind} ${item.id}: ${v.summarize(r.issues)}`);
    };
    sections.forEach((s) => check(SectionSchema, s, 'section'));
    faqs.forEach((f) => check(FaqSchema, f, 'faq'));
    glossary.forEach((g) => check(GlossaryTermSchema, g, 'term'));
    allResources.forEach((r) => check(ResourceSchema, r, 'resource'));
    expect(problems).toEqual([]);
  });

  it('ids are unique within each kind', () => {
    for (const list of [faqs, glossary, allResources.filter((r, i, a) => a.indexOf(r) === i)]) {
      const ids = list.map((item) => item.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    }
  });

  it('has at least 20 FAQs, 25 glossary terms, and the original five questions word for word', () => {
    expect(faqs.length).toBeGreaterThanOrEqual(20);
    expect(glossary.length).toBeGreaterThanOrEqual(25);
    const questions = faqs.map((f) => f.question);
    expect(questions).toEqual(
      expect.arrayContaining([
        'What are the legal consequences for individuals convicted of sex trafficking in Missouri?',
        'What are the penalties and sentencing guidelines for sex trafficking offenses?',
        'What challenges do law enforcement agencies face in addressing sex trafficking?',
        'How can public awareness contribute to the fight against sex trafficking?',
        'What initiatives are in place for community engagement and education regarding sex trafficking in Missouri?',
      ]),
    );
  });

  it('glossary has the terms a reader meets in the news', () => {
    const names = glossary.flatMap((g) => [g.term, ...g.aliases].map((n) => n.toLowerCase()));
    for (const needed of [
      'coercion',
      'commercial sex act',
      'debt bondage',
      'pimp',
      'grooming',
      'restitution',
      't visa',
      'mandated reporter',
      'safe harbor for minors',
      'safe at home',
      'rsmo',
      'tvpa',
      'mann act',
      'tier iii',
    ]) {
      expect(names, needed).toContain(needed);
    }
  });
});

describe('knowledge base: references resolve', () => {
  const ids = new Set<string>(SECTION_IDS);
  it('every FAQ and glossary term points at an existing section', () => {
    for (const item of [...faqs, ...glossary]) expect(ids.has(item.section), item.id).toBe(true);
  });

  it('the reporting section holds the region resources and the glossary section the term list', () => {
    const kinds = (id: string) => sections.find((s) => s.id === id)!.blocks.map((b) => b.kind);
    expect(kinds('reporting').filter((k) => k === 'region-resources')).toHaveLength(1);
    expect(kinds('glossary')).toContain('glossary-list');
  });

  it('every region of the picker resolves with the national hotline first', () => {
    for (const state of [...STATE_CODES, 'OUTSIDE_US' as const]) {
      const r = resourcesFor({ state });
      expect(r.groups[0]!.resources[0]!.id, state).toBe(nationalHotline.id);
      expect(r.emergency.contacts[0]!.value).toBe('911');
    }
  });
});

describe('knowledge base: facts carry their sources', () => {
  it('every citation is well formed (https, confidence, checked date)', () => {
    const fromSections: Citation[] = sections.flatMap((s) =>
      s.blocks.flatMap((b) =>
        b.kind === 'penalties' ? b.rows.flatMap((r) => r.cite) : 'cite' in b ? (b.cite ?? []) : [],
      ),
    );
    const fromFaqs = faqs.flatMap((f) => f.cite);
    const fromGlossary = glossary.flatMap((g) => g.cite ?? []);
    const fromResources = allResources.flatMap((r) => r.cite);
    // Guard the lists the loop below walks, so it cannot pass by checking nothing.
    for (const [kind, list] of [
      ['sections', fromSections],
      ['faqs', fromFaqs],
      ['glossary', fromGlossary],
      ['resources', fromResources],
    ] as const) {
      expect(list.length, kind).toBeGreaterThan(0);
    }
    const all: Citation[] = [...fromSections, ...fromFaqs, ...fromGlossary, ...fromResources];
    expect(all.length).toBeGreaterThan(100);
    for (const c of all) expect(v.is(CitationSchema, c), JSON.stringify(c)).toBe(true);
  });

  it('every block that states a number, statute or penalty cites a source', () => {
    const legal = /\d|RSMo|U\.S\.C|\bstatute|felony|prison|\bfines?\b|\byears?\b/i;
    const uncited = sections.flatMap((s) =>
      s.blocks
        .filter((b) => b.kind === 'paragraph' || b.kind === 'list' || b.kind === 'callout')
        .filter((b) => legal.test(blockText(b)) && !('cite' in b && b.cite?.length))
        .map((b) => `${s.id}: ${blockText(b).slice(0, 80)}`),
    );
    expect(uncited).toEqual([]);
  });

  it('glossary definitions that state the law cite it', () => {
    const legal = /\d|RSMo|U\.S\.C|statute|felony|prison|law|court/i;
    const uncited = glossary.filter((g) => legal.test(g.definition) && !g.cite?.length);
    expect(uncited.map((g) => g.id)).toEqual([]);
  });

  it('the reported 2025 change is never stated as fact: only as a reported-change row beside the statute row', () => {
    const penalties = sections.find((s) => s.id === 'penalties')!;
    const rows = penalties.blocks.flatMap((b) => (b.kind === 'penalties' ? b.rows : []));
    const reported = rows.filter((r) => r.status === 'reported-change');
    expect(reported.length).toBeGreaterThanOrEqual(1);
    for (const row of reported) {
      // Reported by news sources only: nothing official or from a bill backs the row, and the
      // single-sourced penalty keeps an unverified source.
      expect(
        row.cite.every((c) => c.confidence === 'secondary' || c.confidence === 'unverified'),
      ).toBe(true);
      expect(row.cite.some((c) => c.confidence === 'unverified')).toBe(true);
      expect(rows.some((r) => r.statute === row.statute && r.status === 'statute')).toBe(true);
    }
    const callouts = penalties.blocks.filter((b) => b.kind === 'callout');
    expect(
      callouts.some((c) => c.kind === 'callout' && c.link?.url === statutePage('566.210')),
    ).toBe(true);
  });

  it('does not repeat the original article’s error about a five-year minimum for minors', () => {
    for (const [path, s] of strings(everything)) {
      expect(s, path).not.toMatch(/minimum of five years|five-year minimum/i);
    }
  });
});

describe('knowledge base: safe text', () => {
  it('holds no HTML or markdown markup', () => {
    const markup = /<\/?[a-z][\s\S]*?>|&[a-z]+;|\*\*|\]\(http/i;
    const found = strings(everything).filter(([, s]) => markup.test(s));
    expect(found).toEqual([]);
  });

  it('every web address is https', () => {
    const found = strings(everything).filter(
      ([, s]) => /^https?:\/\//.test(s) && !s.startsWith('https://'),
    );
    expect(found).toEqual([]);
  });

  it('keeps key numbers character for character as in the fact sheet', () => {
    const values = allResources.flatMap((r) => r.contacts.map((c) => c.value));
    for (const exact of [
      '1-888-373-7888',
      '233733',
      '711',
      '1-800-392-3738',
      '1-800-735-2466',
      '1-800-735-2966',
      '(573) 751-3448',
      '(866) 509-1409',
      '1-800-843-5678',
      '1-866-347-2423',
    ]) {
      expect(values, exact).toContain(exact);
    }
  });
});

describe('knowledge base: plain language', () => {
  it('FAQ answers average Flesch–Kincaid grade 9 or lower', () => {
    const grades = faqs.map((f) => fleschKincaidGrade(f.answer));
    const average = grades.reduce((a, b) => a + b, 0) / grades.length;
    console.log(
      `FAQ answers: average Flesch–Kincaid grade ${average.toFixed(1)} (max ${Math.max(...grades).toFixed(1)})`,
    );
    expect(average).toBeLessThanOrEqual(9);
  });

  it('FAQ answers stay within 120 words', () => {
    for (const f of faqs) expect(f.answer.split(/\s+/).length, f.id).toBeLessThanOrEqual(120);
  });
});
