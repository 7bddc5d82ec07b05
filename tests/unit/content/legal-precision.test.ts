import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sections } from '@/content/sections';
import { faqs } from '@/content/faqs';
import { glossary } from '@/content/glossary';
import { blockText } from '@/content/block-text';
import { emergency, nationalHotline, specialisedNational } from '@/content/resources/national';
import { missouriAreaResources, missouriStatewide } from '@/content/resources/missouri';
import { stateResources } from '@/content/resources/states';
import { CONTENT_REVIEWED, statutePage } from '@/content/sources';
import { STATE_CODES } from '@/content/types';
import type { Block, Citation } from '@/content/types';

/*
 * Legal precision, checked over every piece of text a reader can see: each section summary,
 * each block, each FAQ and each glossary entry is one "unit", with the addresses of the
 * sources shown on it.
 */

interface Unit {
  where: string;
  text: string;
  /** Every address shown with this unit: its sources and its link. */
  urls: string[];
  /** The text around it (the blocks just before and after), for notes that sit nearby. */
  around: string;
}

function blockUrls(block: Block | undefined): string[] {
  if (!block) return [];
  if (block.kind === 'penalties') return block.rows.flatMap((r) => r.cite.map((c) => c.url));
  const cite: Citation[] = 'cite' in block ? (block.cite ?? []) : [];
  const link = block.kind === 'callout' && block.link ? [block.link.url] : [];
  return [...cite.map((c) => c.url), ...link];
}

const missouriResources = [
  ...missouriStatewide,
  ...Object.values(missouriAreaResources).flat(),
].filter((r, i, all) => all.indexOf(r) === i);
const resources = [emergency, nationalHotline, ...specialisedNational, ...missouriResources];

const units: Unit[] = [
  ...sections.flatMap((s) => {
    const sectionUrls = s.blocks.flatMap(blockUrls);
    const fromBlocks = s.blocks.map((b, i): Unit => {
      const before = s.blocks[i - 1];
      const after = s.blocks[i + 1];
      // A subheading cannot carry sources: what it names is linked in the blocks under it,
      // up to the next subheading.
      const under = s.blocks.slice(i + 1);
      const end = under.findIndex((x) => x.kind === 'subheading');
      const subsection = end === -1 ? under : under.slice(0, end);
      return {
        where: `${s.id} block ${i}`,
        text: blockText(b),
        urls: b.kind === 'subheading' ? subsection.flatMap(blockUrls) : blockUrls(b),
        around: [before, after].map((x) => (x ? blockText(x) : '')).join(' '),
      };
    });
    // The one-line summary has no sources of its own; what it names is linked in the section.
    return [
      { where: `${s.id} summary`, text: s.summary, urls: sectionUrls, around: '' },
      ...fromBlocks,
    ];
  }),
  ...faqs.map((f): Unit => ({
    where: `faq ${f.id}`,
    text: `${f.question} ${f.answer}`,
    urls: f.cite.map((c) => c.url),
    around: '',
  })),
  ...glossary.map((g): Unit => ({
    where: `glossary ${g.id}`,
    text: `${g.term}. ${g.definition}`,
    urls: (g.cite ?? []).map((c) => c.url),
    around: '',
  })),
  ...resources.map((r): Unit => ({
    where: `resource ${r.id}`,
    text: [r.name, r.summary, r.qualifier ?? '', r.hours ?? '', r.languages ?? ''].join(' '),
    urls: r.cite.map((c) => c.url),
    around: '',
  })),
];

/** Missouri statute numbers ("566.209", "567.020.5" → "567.020"); not 8 CFR or U.S. Code. */
function statutesIn(text: string): string[] {
  const found = [...text.matchAll(/(?<!CFR )\b(\d{3}\.\d{3,4})(?:\.\d+)?\b/g)].map((m) => m[1]!);
  return [...new Set(found)];
}

const allCitations: Citation[] = [
  ...sections.flatMap((s) =>
    s.blocks.flatMap((b) =>
      b.kind === 'penalties' ? b.rows.flatMap((r) => r.cite) : 'cite' in b ? (b.cite ?? []) : [],
    ),
  ),
  ...faqs.flatMap((f) => f.cite),
  ...glossary.flatMap((g) => g.cite ?? []),
  ...resources.flatMap((r) => r.cite),
  // Other states' lines: not legal text, but their sources are labelled the same way.
  ...STATE_CODES.filter((c) => c !== 'MO').flatMap((c) => stateResources(c).flatMap((r) => r.cite)),
];

describe('legal precision: the statute’s own page', () => {
  it('every Missouri statute named on a block is linked to its own revisor.mo.gov page on that block', () => {
    const named = units.flatMap((u) => statutesIn(u.text).map((n) => ({ u, n })));
    // Guard: the walk really sees the statutes (it cannot pass by finding none).
    expect(named.length).toBeGreaterThan(80);
    expect(new Set(named.map((x) => x.n))).toContain('566.210');
    const missing = named
      .filter(({ u, n }) => !u.urls.includes(statutePage(n)))
      .map(({ u, n }) => `${u.where}: ${n} is not linked (${u.text.slice(0, 70)}…)`);
    expect(missing).toEqual([]);
  });

  it('every revisor.mo.gov section address is the OneSection page of a well-formed section', () => {
    const urls = [...allCitations.map((c) => c.url), ...units.flatMap((u) => u.urls)].filter((u) =>
      u.includes('revisor.mo.gov/main/OneSection'),
    );
    expect(urls.length).toBeGreaterThan(20);
    for (const url of urls) {
      expect(url).toMatch(
        /^https:\/\/revisor\.mo\.gov\/main\/OneSection\.aspx\?section=\d{3}\.\d{3,4}$/,
      );
    }
  });

  it('official pages are labelled primary wherever they are cited', () => {
    const official = /(^|\.)(revisor\.mo\.gov|senate\.mo\.gov|dps\.mo\.gov|uscis\.gov)$/;
    const cited = allCitations.filter((c) => official.test(new URL(c.url).hostname));
    expect(cited.length).toBeGreaterThan(20);
    const wrong = cited.filter((c) => c.confidence !== 'primary').map((c) => `${c.label} ${c.url}`);
    expect(wrong).toEqual([]);
  });
});

describe('legal precision: wording', () => {
  /** Every file under content/, read as text: data, generated files and Markdown alike. */
  function contentFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? contentFiles(path) : [path];
    });
  }
  const files = contentFiles(resolve(__dirname, '../../../content'));

  it('no text in content/ makes a child the actor (“selling sex”)', () => {
    expect(files.length).toBeGreaterThan(20);
    const found = files.filter((f) => /\bsell(ing|s)? sex\b/i.test(readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  it('no address in content/ goes through a third-party proxy', () => {
    // A proxy wraps another site's address inside its own (host/…/revisor.mo.gov/main/…).
    // Web archives are not proxies: a dead official page is cited from its archived copy.
    const archives = /^https?:\/\/(cybercemetery\.unt\.edu|web\.archive\.org)\//;
    const knownProxies =
      /weglot\.com|paperai\.life|wip\.la|translate\.goog|googleusercontent\.com/i;
    const wrapsAnotherSite = (url: string) => {
      const outer = new URL(url).hostname;
      const rest = url.slice(url.indexOf(outer) + outer.length);
      return [
        ...rest.matchAll(/(?:https?:\/\/|\/)((?:[a-z0-9-]+\.)+(?:gov|org|com|net|edu|mil|us))\//gi),
      ]
        .map((m) => m[1]!.toLowerCase())
        .some((inner) => inner !== outer && !outer.endsWith(`.${inner}`));
    };
    const found = files.flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/https?:\/\/[^\s'"`)<>\]\\]+/g)]
        .map((m) => m[0])
        .filter((url) => !archives.test(url) && (knownProxies.test(url) || wrapsAnotherSite(url)))
        .map((url) => `${f}: ${url}`),
    );
    expect(found).toEqual([]);
  });

  it('every block that mentions suing or restitution says it follows a conviction', () => {
    const suing = /\bsu(?:e|es|ed|ing)\b|\blawsuits?\b|\bcivil (?:suits?|cases?)\b|restitution/i;
    const condition = /convicted|conviction|found guilty|pleaded guilty|finding of guilt/i;
    const about = units.filter((u) => suing.test(u.text));
    expect(about.length).toBeGreaterThan(10);
    const bare = about
      .filter((u) => !condition.test(u.text))
      .map((u) => `${u.where}: ${u.text.slice(0, 90)}…`);
    expect(bare).toEqual([]);
  });

  it('566.210’s age or penalty never appears without the reported-change note nearby', () => {
    // Looked for sentence by sentence, so the 566.209 range or "registered for life" in a
    // sentence that does not name 566.210 is not taken for it.
    const firstDegree = /566\.210|first[- ]degree/i;
    const ageOrPenalty =
      /under (?:12|14|twelve|fourteen)\b|\b(?:25|30) years\b|\bto life\b|life (?:imprisonment|in prison|term)|carr(?:y|ies) life|\(566\.210\)|life \(566\.210\)/i;
    // The ages only 566.210 uses, wherever they appear (the quoted defense says "twelve").
    const ownAge = /\bunder 12\b|\btwelve\b|\b12 or older\b/i;
    const note = /reported (?:2025 )?change/i;
    const mentions = (text: string) =>
      text
        .replace(/first[- ]degree sodomy|sodomy in the first degree/gi, '') // another crime
        .split(/(?<=[.;:!?])\s+/)
        .some(
          (sentence) =>
            ownAge.test(sentence) || (firstDegree.test(sentence) && ageOrPenalty.test(sentence)),
        );
    const about = units.filter((u) => mentions(u.text));
    expect(about.length).toBeGreaterThan(8);
    const bare = about
      .filter((u) => !note.test(u.text) && !note.test(u.around))
      .map((u) => `${u.where}: ${u.text.slice(0, 90)}…`);
    expect(bare).toEqual([]);
  });

  it('glossary entries without a source are marked as general meanings and use no gendered pronouns', () => {
    const unsourced = glossary.filter((g) => !g.cite?.length);
    expect(unsourced.length).toBeGreaterThan(0);
    for (const g of unsourced) {
      expect(g.definition, g.id).toMatch(/general meaning/i);
      expect(g.definition, g.id).not.toMatch(/\b(?:he|she|him|her|his|hers|himself|herself)\b/i);
    }
  });
});

describe('legal precision: dates', () => {
  it('the “last reviewed” date is no earlier than the newest source check', () => {
    const newest = allCitations
      .map((c) => c.checked)
      .sort()
      .at(-1)!;
    expect(newest >= '2026-12-03').toBe(true);
    expect(CONTENT_REVIEWED >= newest).toBe(true);
  });
});
