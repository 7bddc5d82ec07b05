import { blockText } from '../block-text';
import { faqs } from '../faqs';
import { glossary } from '../glossary';
import { sections } from '../sections';
import { SECTION_IDS, type SectionId } from '../types';
import { SPANISH } from '../es';
import { SPANISH_KNOWLEDGE } from '../es/knowledge';
import { EXAMPLES, OFF_TOPIC, type Labelled } from './examples';
import { SPANISH_EXAMPLES, SPANISH_OFF_TOPIC } from './examples/es';
import { SPANISH_WORDS } from '../es/words';

export { SPANISH_WORDS };
import { ENGLISH_WORDS, featureHash, features, normalize, type Words } from './text';
import type { Faq, GlossaryTerm, Section } from '../types';
import { pack, type Packed } from './pack';
import { trainSoftmax, vectorize } from './softmax';

/*
 * The lookup's classifier, learned from the knowledge base and the team's labelled text when
 * `npm run build:index` runs (the extension only loads the saved result). Two linear models over
 * the same features (word stems; pairs of neighbouring stems added nothing measurable to
 * cross-validated or real-text accuracy and cost 9 KB gzipped, so they are off):
 * - the ranker: a softmax (multinomial logistic regression) over the sections;
 * - the gate: a logistic regression that tells text about trafficking from anything else, with
 *   the team's off-topic text (weather, sports, recipes, ads, site furniture) as negatives.
 * Training is plain full-batch gradient descent from zero: the same data gives the same model.
 */

/** A labelled text for the ranker, or off-topic (`none`) for the gate. */
export interface TrainingText {
  text: string;
  label: SectionId | 'none';
  /** Where it came from: a passage of the knowledge base, or a labelled example. */
  origin: 'knowledge-base' | 'example';
}

const ENGLISH_SOURCE: KnowledgeSource = { sections, faqs, glossary };

/** Sentences of a paragraph: readers select one, and each is a passage of its own. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[\p{Lu}0-9“"(¿¡])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** The knowledge base in one language. */
export interface KnowledgeSource {
  sections: readonly Section[];
  faqs: readonly Faq[];
  glossary: readonly GlossaryTerm[];
}

/** Every passage of the knowledge base, tagged with the section it belongs to. */
export function knowledgeBaseTexts({
  sections,
  faqs,
  glossary,
}: KnowledgeSource = ENGLISH_SOURCE): TrainingText[] {
  const out: TrainingText[] = [];
  const add = (text: string, label: SectionId) => {
    if (text.trim()) out.push({ text, label, origin: 'knowledge-base' });
  };
  for (const section of sections) {
    add(`${section.title}. ${section.summary}`, section.id);
    for (const keyword of section.keywords) add(keyword, section.id);
    for (const block of section.blocks) {
      if (block.kind === 'list') {
        if (block.intro) add(block.intro, section.id);
        for (const item of block.items) add(item, section.id);
      } else if (block.kind === 'paragraph' || block.kind === 'callout') {
        const text = blockText(block);
        add(text, section.id);
        const parts = sentences(text);
        if (parts.length > 1) for (const part of parts) add(part, section.id);
      } else if (block.kind === 'penalties') {
        for (const row of block.rows) add(`${row.offense} ${row.when} ${row.prison}`, section.id);
      } else {
        add(blockText(block), section.id);
      }
    }
  }
  for (const faq of faqs) {
    add(`${faq.question} ${faq.answer}`, faq.section);
    add(faq.question, faq.section);
  }
  for (const term of glossary) {
    // A sentence using the term is about the term's topic; the bare name is a glossary lookup.
    add(term.definition, term.section);
    for (const name of [term.term, ...term.aliases]) add(name, 'glossary');
  }
  return out;
}

/** The team's labelled examples and off-topic text. */
export function exampleTexts(
  examples: readonly Labelled[] = [...EXAMPLES, ...OFF_TOPIC],
): TrainingText[] {
  return examples.map((e: Labelled) => ({
    text: e.text,
    label: e.section,
    origin: 'example' as const,
  }));
}

export function trainingTexts(): TrainingText[] {
  return [...knowledgeBaseTexts(), ...exampleTexts()];
}

// ---------------------------------------------------------------------------
// Training

export interface TrainOptions {
  /** L2 penalty per weight of the ranker; larger generalises more and memorises less. */
  l2: number;
  /** The same for the gate. */
  gateL2: number;
  epochs: number;
  /** A feature must occur in at least this many training texts to be kept. */
  minCount: number;
  /** Whether pairs of neighbouring words are features too, or single words only. */
  pairs: boolean;
  /** Weights are saved as integers: a weight of 1 is saved as `scale`. */
  scale: number;
  /**
   * A feature is saved only if one of its weights reaches this many steps of 1/scale: the rest change
   * almost no answer and would make the model several times larger.
   */
  prune: number;
  /** At most this many features are saved, those with the largest weights: it bounds the size. */
  maxFeatures: number;
}

/** Divides every idf, so a typical word's weight is near 1 (idf runs from 0 to about 8 here). */
const IDF_SCALE = 3;

/**
 * Bits of a feature's number: with about 2,000 features in a million numbers, a word the model
 * never saw has a 1 in 500 chance of being taken for one it knows.
 */
const HASH_BITS = 20;

export const TRAIN_OPTIONS: TrainOptions = {
  l2: 3e-4,
  gateL2: 3e-4,
  epochs: 300,
  minCount: 2,
  pairs: false,
  scale: 4,
  prune: 2,
  maxFeatures: 3000,
};

// ---------------------------------------------------------------------------
// The saved model

/** The model in the form saved as `generated/lookup-model.json`. */
export interface SavedModel {
  /** The language of the text it was trained on (the Spanish model is a chunk of its own). */
  language: 'en' | 'es';
  /** Weights are integers: divide by this. */
  scale: number;
  /** The ranker's classes, in the order of each feature's weights. */
  sections: SectionId[];
  /** Bits of each feature's number (see `featureHash`). */
  hashBits: number;
  /**
   * Every feature kept, by index: the numbers of their text (`featureHash`), ascending, each
   * written as its difference from the one before, in base 36, comma-separated. Two features
   * with one number are one to the model; the build keeps the stronger (a handful in 2,000).
   */
  features: string;
  /** Ranker weights, features × sections (content/lookup/pack.ts). */
  rank: Packed;
  rankBias: number[];
  /** Gate weights per feature (positive: about trafficking). */
  gate: Packed;
  /** Gate weight of the share of words the model has never seen. */
  gateUnknown: number;
  gateBias: number;
}

/** Trains both models on the given texts (the real build passes `trainingTexts()`). */
export function trainModel(
  texts: readonly TrainingText[],
  options: TrainOptions = TRAIN_OPTIONS,
  words: Words = ENGLISH_WORDS,
): SavedModel {
  const count = new Map<string, number>();
  for (const t of texts) {
    for (const f of new Set(features(normalize(t.text), words))) {
      count.set(f, (count.get(f) ?? 0) + 1);
    }
  }
  const kept = [...count]
    .filter(([f, c]) => c >= options.minCount && (options.pairs || !f.includes(' ')))
    .map(([f]) => f)
    .sort();
  const index = new Map(kept.map((f, i) => [f, i]));
  const onTopic = texts.filter((t) => t.label !== 'none');
  const classes = SECTION_IDS.filter((id) => onTopic.some((t) => t.label === id));
  const classIndex = new Map<string, number>(classes.map((id, i) => [id, i]));

  // Inverse document frequency, scaled so a typical weight stays near 1 (as the L2 penalty and
  // the saved integers expect): a word in few texts says more about the section than one in many.
  const idf = Float64Array.from(kept, (f) => Math.log(texts.length / count.get(f)!) / IDF_SCALE);
  const rows = onTopic.map((t) => vectorize(t.text, index, idf, undefined, words));
  const labels = onTopic.map((t) => classIndex.get(t.label)!);
  const ranker = trainSoftmax(
    rows,
    labels,
    classes.length,
    kept.length,
    options.l2,
    options.epochs,
  );
  // Two classes: 0 off-topic, 1 about trafficking. Its weight is the difference of the two.
  // A word counts as known to a training text only if other texts use it often enough to keep
  // it: new text meets unknown words as a held-out text would, not as one the model has read.
  const knownElsewhere = (f: string) => (count.get(f) ?? 0) - 1 >= options.minCount;
  const gate = trainSoftmax(
    texts.map((t) =>
      vectorize(t.text, index, idf, { at: kept.length, known: knownElsewhere }, words),
    ),
    texts.map((t) => (t.label === 'none' ? 0 : 1)),
    2,
    kept.length + 1,
    options.gateL2,
    options.epochs,
  );

  const q = (x: number) => Math.round(x * options.scale);
  const classesN = classes.length;
  // Each feature's weights are saved times its idf, so the extension needs no idf table.
  const gateOf = (i: number) => q((gate.weights[i * 2 + 1]! - gate.weights[i * 2]!) * idf[i]!);
  // Small weights are saved as zero (which compresses to almost nothing), big ones as they are.
  const rankOf = (i: number) =>
    Array.from(ranker.weights.subarray(i * classesN, (i + 1) * classesN), (w) =>
      Math.abs(q(w * idf[i]!)) >= options.prune ? q(w * idf[i]!) : 0,
    );
  const saved = kept
    .map((f, i) => ({ f, gate: gateOf(i), rank: rankOf(i) }))
    .map((x) => ({ ...x, size: Math.max(Math.abs(x.gate), ...x.rank.map(Math.abs)) }))
    .filter((x) => x.size >= options.prune)
    .sort((a, b) => b.size - a.size || (a.f < b.f ? -1 : 1))
    .slice(0, options.maxFeatures)
    // Strongest first, so where two features share a number the stronger one keeps it.
    .map((x) => ({ ...x, hash: featureHash(x.f, HASH_BITS) }))
    .filter((x, i, all) => all.findIndex((y) => y.hash === x.hash) === i)
    .sort((a, b) => a.hash - b.hash);
  return {
    language: words.language,
    scale: options.scale,
    sections: classes,
    hashBits: HASH_BITS,
    features: saved.map((x, i) => (x.hash - (saved[i - 1]?.hash ?? 0)).toString(36)).join(','),
    rank: pack(saved.flatMap((x) => x.rank)),
    rankBias: Array.from(ranker.bias, q),
    gate: pack(saved.map((x) => x.gate)),
    gateUnknown: q(gate.weights[kept.length * 2 + 1]! - gate.weights[kept.length * 2]!),
    gateBias: q(gate.bias[1]! - gate.bias[0]!),
  };
}

/**
 * The Spanish model: the Spanish guide's passages and the team's Spanish examples, read with
 * Spanish words (content/lookup/spanish.ts loads it).
 */
export function buildSpanishLookupModel(): SavedModel {
  return trainModel(spanishTrainingTexts(), TRAIN_OPTIONS, SPANISH_WORDS);
}

export function spanishTrainingTexts(): TrainingText[] {
  return [
    ...knowledgeBaseTexts({
      sections: SPANISH_KNOWLEDGE.sections,
      faqs: SPANISH.faqs,
      glossary: SPANISH_KNOWLEDGE.glossary,
    }),
    ...exampleTexts([...SPANISH_EXAMPLES, ...SPANISH_OFF_TOPIC]),
  ];
}

/**
 * Builds the model from the current content. The extension does not run this:
 * `npm run build:index` saves its result, and a test checks that file is current.
 */
export function buildLookupModel(): SavedModel {
  return trainModel(trainingTexts());
}
