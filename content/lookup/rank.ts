import type { SectionId } from '../types';
import type { SavedModel } from './model';
import { unpack } from './pack';
import {
  ENGLISH_WORDS,
  featureHash,
  features,
  shape,
  tokenSpans,
  unknownShare,
  type Words,
} from './text';

/*
 * Reading a selection with the saved model: the gate says whether it is about trafficking, the
 * ranker orders the sections, and the features that pulled hardest towards the answer are quoted
 * back from the text so the page can mark them.
 */

/**
 * Below this gate probability a selection is "not about trafficking": the search view opens.
 * Turning away a reader's on-topic selection costs more than opening a section for an odd one,
 * so the rule is: the highest threshold that still lets through at least 90% of on-topic
 * examples in 5-fold cross-validation (`npm run eval:lookup` prints the curve). Chosen on the
 * team's own examples, not on the real-page set.
 */
export const GATE_THRESHOLD = 0.55;
/**
 * A section is offered as an alternative when the ranker gives it at least this share of the
 * best section's probability: close enough that the reader may have meant it.
 */
export const ALTERNATIVE_RATIO = 0.1;
export const MAX_ALTERNATIVES = 2;
/** A word is quoted for marking when it pulled at least this share of the strongest word's pull. */
const STRONG_SHARE = 0.4;

export interface Ranked {
  /** Probability that the text is about trafficking. */
  onTopic: number;
  /** Sections, best first, with the ranker's probability. */
  ranking: { id: SectionId; p: number }[];
  /** Features of the text that the model knows, by index. */
  known: number[];
}

/** Where a feature's weights are in the saved model, if it has any. */
export interface FeatureIndex {
  get(feature: string): number | undefined;
  has(feature: string): boolean;
}

export interface LoadedModel {
  saved: SavedModel;
  index: FeatureIndex;
  /** The saved weights, unpacked: ranker (features × sections) and gate. */
  rank: Int16Array;
  gate: Int16Array;
  /** The language the model reads (its glue words and stemmer). */
  words: Words;
}

export function loadModel(saved: SavedModel, words: Words = ENGLISH_WORDS): LoadedModel {
  // The saved features are numbers, as differences from the one before (see SavedModel).
  const rows = new Map<number, number>();
  let hash = 0;
  for (const [i, step] of saved.features.split(',').entries()) {
    hash += parseInt(step, 36);
    rows.set(hash, i);
  }
  const row = (feature: string) => rows.get(featureHash(feature, saved.hashBits));
  return {
    saved,
    index: { get: row, has: (feature) => row(feature) !== undefined },
    rank: unpack(saved.rank),
    gate: unpack(saved.gate),
    words,
  };
}

/** Scores an already normalised text. */
export function rank(model: LoadedModel, text: string): Ranked {
  const { saved, index, rank: weights } = model;
  const all = features(text, model.words);
  const known = [
    ...new Set(all.map((f) => index.get(f)).filter((i): i is number => i !== undefined)),
  ];
  const classes = saved.sections.length;
  const value = known.length ? 1 / Math.sqrt(known.length) / saved.scale : 0;
  let gate = (saved.gateBias + saved.gateUnknown * unknownShare(all, index)) / saved.scale;
  const z = saved.rankBias.map((b) => b / saved.scale);
  for (const i of known) {
    gate += model.gate[i]! * value;
    for (let c = 0; c < classes; c++) z[c] = z[c]! + weights[i * classes + c]! * value;
  }
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  const ranking = saved.sections.map((id, c) => ({ id, p: e[c]! / sum })).sort((a, b) => b.p - a.p);
  return { onTopic: 1 / (1 + Math.exp(-gate)), ranking, known };
}

/**
 * The words of the text that pulled hardest towards `section`, quoted as written, longest first
 * where a pair and its words both count, so the page marks "truck stop" rather than "truck".
 */
export function evidence(
  model: LoadedModel,
  text: string,
  section: SectionId,
  limit = 8,
): string[] {
  const { saved, index, rank: weights } = model;
  const c = saved.sections.indexOf(section);
  if (c < 0) return [];
  const classes = saved.sections.length;
  const spans = tokenSpans(text);
  const shapes = spans.map((t) => shape(t.word, model.words));
  const found = new Map<string, number>();
  const consider = (surface: string, feature: string) => {
    const i = index.get(feature);
    if (i === undefined) return;
    // Pull towards this section more than towards the average section.
    let mean = 0;
    for (let k = 0; k < classes; k++) mean += weights[i * classes + k]!;
    const pull = weights[i * classes + c]! - mean / classes;
    if (pull > 0 && !found.has(surface)) found.set(surface, pull);
  };
  for (let k = 0; k < spans.length; k++) {
    const s = shapes[k];
    if (!s || s.startsWith('#')) continue;
    consider(text.slice(spans[k]!.start, spans[k]!.end), s);
    const t = shapes[k + 1];
    if (t && !t.startsWith('#')) {
      consider(text.slice(spans[k]!.start, spans[k + 1]!.end), `${s} ${t}`);
    }
  }
  const sorted = [...found].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  // Only words that pulled nearly as hard as the strongest: a common word such as "not" that
  // leaned a little would be marked all over the section.
  const strongest = sorted[0]?.[1] ?? 0;
  const chosen = sorted
    .filter(([, pull]) => pull >= strongest * STRONG_SHARE)
    .slice(0, limit)
    .map(([surface]) => surface);
  // A word inside a chosen pair is marked with the pair already.
  return chosen.filter((s) => !chosen.some((t) => t !== s && t.includes(s)));
}
