import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { lookup, prepareLookup } from '@/content/lookup';
import holdout from '../../fixtures/lookup-holdout.json';
import blind from '../../fixtures/lookup-blind.json';

/*
 * The team's two held-out sets: neither is in the lookup's training data (the old dev set, which
 * the hand-tuned engine was tuned on, now teaches the model: content/lookup/examples). They guard
 * against regressions; the floors sit a few points under today's figures, not at a target, since
 * both sets were written by the team that writes the training text and so flatter the engine.
 * Real-page accuracy is measured with `npm run eval:lookup` (see the README).
 */

interface Span {
  text: string;
  section: string;
}

function measure(spans: Span[]) {
  const onTopic = spans.filter((s) => s.section !== 'none');
  const offTopic = spans.filter((s) => s.section === 'none');
  let top1 = 0;
  let top3 = 0;
  for (const span of onTopic) {
    const got = lookup(span.text);
    if (got?.sectionId === span.section) top1++;
    if (got && [got.sectionId, ...got.alternatives].includes(span.section as never)) top3++;
  }
  const rejected = offTopic.filter((s) => lookup(s.text) === null).length;
  return {
    top1: top1 / onTopic.length,
    top3: top3 / onTopic.length,
    nullRate: rejected / offTopic.length,
    counts: `${top1}/${onTopic.length} on-topic, ${rejected}/${offTopic.length} off-topic`,
  };
}

function report(name: string, m: ReturnType<typeof measure>) {
  // Misses are not printed: `npm run eval:lookup` shows them when someone means to look.
  console.log(
    `[lookup ${name}] top-1 ${(m.top1 * 100).toFixed(1)}% · top-3 ${(m.top3 * 100).toFixed(1)}% · off-topic answered null ${(m.nullRate * 100).toFixed(1)}% (${m.counts})`,
  );
}

describe('lookup measured on the team’s held-out spans', () => {
  it('holdout set: no regression below 80% top-1 / 80% null', () => {
    const m = measure(holdout as Span[]);
    report('holdout', m);
    expect(m.top1).toBeGreaterThanOrEqual(0.8);
    // 80%, not 85%: the gate's threshold now follows a stated rule (let through 90% of on-topic
    // text in cross-validation, see content/lookup/rank.ts), which costs this set one of its 18
    // off-topic spans while the real-page set gains one of its 24.
    expect(m.nullRate).toBeGreaterThanOrEqual(0.8);
  });

  it('blind set: no regression below 80% top-1 / 75% null', () => {
    const m = measure(blind as Span[]);
    report('blind set', m);
    expect(m.top1).toBeGreaterThanOrEqual(0.8);
    expect(m.nullRate).toBeGreaterThanOrEqual(0.75);
  });

  it('Spanish set: no regression below 55% top-1 / 72% top-3 / 75% null', async () => {
    // Written in Spanish from other pages than the Spanish examples (content/lookup/examples/es).
    const spanish = readFileSync(new URL('../../fixtures/lookup-es.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as Span);
    await prepareLookup(spanish[0]!.text);
    const m = measure(spanish);
    report('Spanish set', m);
    expect(m.top1).toBeGreaterThanOrEqual(0.55);
    expect(m.top3).toBeGreaterThanOrEqual(0.72);
    expect(m.nullRate).toBeGreaterThanOrEqual(0.75);
  });
});
