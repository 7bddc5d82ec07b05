import { ENGLISH_WORDS, features, normalize, unknownShare, type Words } from './text';

/*
 * The learning part of the lookup's models, apart from what they learn from (model.ts): texts as
 * sparse vectors, and softmax regression fitted by full-batch gradient descent. Used only when
 * `npm run build:index` trains (and by the evaluation's cross-validation), never in the extension.
 */

/** A text as the models see it: feature indices and their values. */
export interface Row {
  idx: number[];
  val: number[];
}

/**
 * Distinct known features, each worth its weight (the model's inverse document frequency) over
 * √n, so long and short texts weigh alike and a rare, telling word counts more than a common one.
 * The weight is folded into the saved model's weights, so the extension only divides by √n. For
 * the gate, one more input: the share of the text's words the model has never seen, since text
 * about another subject is mostly words the knowledge base and the examples never use.
 */
export function vectorize(
  text: string,
  index: Map<string, number>,
  weight: ArrayLike<number>,
  unknown?: { at: number; known: (feature: string) => boolean },
  words: Words = ENGLISH_WORDS,
): Row {
  const all = features(normalize(text), words);
  const idx = [...new Set(all)]
    .map((f) => index.get(f))
    .filter((i): i is number => i !== undefined);
  const value = idx.length ? 1 / Math.sqrt(idx.length) : 0;
  const val = idx.map((i) => weight[i]! * value);
  if (unknown) {
    idx.push(unknown.at);
    val.push(unknownShare(all, { has: unknown.known }));
  }
  return { idx, val };
}

/**
 * Softmax regression by full-batch gradient descent with momentum. Classes are weighted so
 * each counts as much in total, whatever its number of texts.
 */
export function trainSoftmax(
  rows: Row[],
  labels: number[],
  classes: number,
  dims: number,
  l2: number,
  epochs: number,
): { weights: Float64Array; bias: Float64Array } {
  const weights = new Float64Array(dims * classes);
  const bias = new Float64Array(classes);
  const vw = new Float64Array(dims * classes);
  const vb = new Float64Array(classes);
  const counts = new Array<number>(classes).fill(0);
  for (const y of labels) counts[y]!++;
  const present = counts.filter((c) => c > 0).length;
  const classWeight = counts.map((c) => (c > 0 ? rows.length / (present * c) : 0));
  const n = rows.length;
  const rate = 2;
  const momentum = 0.9;
  const z = new Float64Array(classes);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const gw = new Float64Array(dims * classes);
    const gb = new Float64Array(classes);
    for (let r = 0; r < n; r++) {
      const row = rows[r]!;
      const y = labels[r]!;
      for (let c = 0; c < classes; c++) {
        let s = bias[c]!;
        for (let k = 0; k < row.idx.length; k++)
          s += weights[row.idx[k]! * classes + c]! * row.val[k]!;
        z[c] = s;
      }
      let max = -Infinity;
      for (let c = 0; c < classes; c++) max = Math.max(max, z[c]!);
      let sum = 0;
      for (let c = 0; c < classes; c++) {
        z[c] = Math.exp(z[c]! - max);
        sum += z[c]!;
      }
      const w = classWeight[y]! / n;
      for (let c = 0; c < classes; c++) {
        const g = (z[c]! / sum - (c === y ? 1 : 0)) * w;
        if (g === 0) continue;
        gb[c] = gb[c]! + g;
        for (let k = 0; k < row.idx.length; k++) {
          const at = row.idx[k]! * classes + c;
          gw[at] = gw[at]! + g * row.val[k]!;
        }
      }
    }
    for (let k = 0; k < weights.length; k++) {
      vw[k] = momentum * vw[k]! - rate * (gw[k]! + l2 * weights[k]!);
      weights[k] = weights[k]! + vw[k]!;
    }
    for (let c = 0; c < classes; c++) {
      vb[c] = momentum * vb[c]! - rate * gb[c]!;
      bias[c] = bias[c]! + vb[c]!;
    }
  }
  return { weights, bias };
}
