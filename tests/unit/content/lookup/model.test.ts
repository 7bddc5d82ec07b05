import { describe, expect, it } from 'vitest';
import { trainModel, TRAIN_OPTIONS, type TrainingText } from '@/content/lookup/model';
import { evidence, loadModel, rank } from '@/content/lookup/rank';
import { lookupWith } from '@/content/lookup';
import { normalize } from '@/content/lookup/text';

// A tiny hand-made corpus: three sections and some text about other things. What the model
// learns from it is small enough to predict by reading it.
const corpus: TrainingText[] = [
  ...[
    'sentenced to years in prison',
    'prison sentence and a fine',
    'life in prison without parole',
    'ordered to pay restitution after the sentence',
  ].map((text) => ({ text, label: 'penalties' as const, origin: 'example' as const })),
  ...[
    'call the hotline to report a tip',
    'report what you saw to the hotline',
    'text the hotline or call 911',
    'you can report without giving your name',
  ].map((text) => ({ text, label: 'reporting' as const, origin: 'example' as const })),
  ...[
    'the shelter offers housing and counseling to survivors',
    'survivors get counseling and legal help',
    'a safe house for survivors',
    'housing and case management for survivors',
  ].map((text) => ({ text, label: 'victim-support' as const, origin: 'example' as const })),
  ...[
    'sunny with a high of seventy degrees',
    'the team won the game in overtime',
    'bake the cake for thirty minutes',
    'subscribe to our newsletter for deals',
    'rain and wind expected this weekend',
    'the coach praised the team after the game',
  ].map((text) => ({ text, label: 'none' as const, origin: 'example' as const })),
];
const options = { ...TRAIN_OPTIONS, minCount: 1 };
const model = loadModel(trainModel(corpus, options));
const rankOf = (text: string) => rank(model, normalize(text));

describe('the learned ranker', () => {
  it('ranks new text by the words its sections were taught with', () => {
    expect(rankOf('he received a long prison sentence').ranking[0]!.id).toBe('penalties');
    expect(rankOf('please report it to the hotline').ranking[0]!.id).toBe('reporting');
    expect(rankOf('counseling for survivors').ranking[0]!.id).toBe('victim-support');
  });

  it('gives probabilities that sum to one, best first, over the sections it was taught', () => {
    const { ranking } = rankOf('prison and counseling');
    expect(ranking.map((r) => r.id).sort()).toEqual(['penalties', 'reporting', 'victim-support']);
    expect(ranking.reduce((sum, r) => sum + r.p, 0)).toBeCloseTo(1, 6);
    for (let i = 1; i < ranking.length; i++) {
      expect(ranking[i - 1]!.p).toBeGreaterThanOrEqual(ranking[i]!.p);
    }
  });

  it('learns word pairs only when asked to', () => {
    const withPairs = loadModel(trainModel(corpus, { ...options, pairs: true })).index;
    expect(withPairs.has('case management')).toBe(true);
    expect(withPairs.has('prison')).toBe(true);
    const wordsOnly = loadModel(trainModel(corpus, { ...options, pairs: false })).index;
    expect(wordsOnly.has('prison')).toBe(true);
    expect(wordsOnly.has('case management')).toBe(false);
  });

  it('trains the same model from the same text', () => {
    expect(trainModel(corpus, options)).toEqual(trainModel(corpus, options));
  });

  it('quotes the words that pulled towards the answer, as written', () => {
    const text = normalize('After the trial he got a prison sentence');
    const words = evidence(model, text, 'penalties');
    expect(words.length).toBeGreaterThan(0);
    for (const w of words) expect(text).toContain(w);
    expect(words.join(' ')).toMatch(/prison|sentence/);
  });
});

describe('the learned gate', () => {
  it('tells the taught subject from other text', () => {
    expect(rankOf('report it to the hotline').onTopic).toBeGreaterThan(0.5);
    expect(rankOf('the team won the game').onTopic).toBeLessThan(0.5);
  });

  it('counts words it has never seen against the subject', () => {
    const known = rankOf('counseling for survivors').onTopic;
    const diluted = rankOf('counseling for survivors zebra quartz nebula walrus').onTopic;
    expect(diluted).toBeLessThan(known);
  });

  it('lookup answers with no match below the gate, and offers close sections as alternatives', () => {
    expect(lookupWith(model, 'rain expected, and the team won the game')).toBeNull();
    const result = lookupWith(model, 'report the prison sentence to the hotline');
    expect(result).not.toBeNull();
    const shown = [result!.sectionId, ...result!.alternatives];
    expect(shown).toContain('reporting');
    expect(shown).toContain('penalties');
    expect(new Set(shown).size).toBe(shown.length);
  });
});
