/**
 * Text handling shared by the right-click lookup, the explainer's search and the FAQ search:
 * one normaliser, one tokeniser and one stemmer, so a word is read the same way everywhere.
 */

import { MAX_LOOKUP_CHARS } from '../limits';

// Work is capped (content/limits.ts says why): a longer selection is read from its start only.
export { MAX_LOOKUP_CHARS } from '../limits';

/** Control, zero-width and direction characters: read as a space. */
export const CONTROL =
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** Curly and prime single quotes, read as "'". */
export const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032]/g;
/** Curly and prime double quotes, read as '"'. */
export const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033]/g;
/** Hyphens, dashes and the minus sign, read as "-". */
export const DASHES = /[\u2010-\u2015\u2212]/g;

/** Lower-case, straight quotes, plain dashes, no control characters, single spaces. */
export function normalize(text: string): string {
  return (
    text
      .slice(0, MAX_LOOKUP_CHARS)
      // NFKC can turn one character into as many as 18 (U+FDFA), and lower-casing and the
      // section sign below lengthen text too: cut again so the work stays bounded.
      .normalize('NFKC')
      .slice(0, MAX_LOOKUP_CHARS)
      .replace(CONTROL, ' ')
      .replace(SINGLE_QUOTES, "'")
      .replace(DOUBLE_QUOTES, '"')
      .replace(DASHES, '-')
      .replace(/§+/g, ' section ')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .slice(0, MAX_LOOKUP_CHARS)
      .trim()
  );
}

/** Drop bylines, datelines and page furniture that say nothing about the subject. */
export function stripFurniture(text: string): string {
  return text
    .split(/\n+/)
    .filter((line) => {
      const l = line.trim().toLowerCase();
      if (!l) return false;
      if (/^by [\p{L}.' -]{2,60}(,.*)?$/u.test(l)) return false;
      if (/^(advertisement|sponsored|share this|read more|related:?|photo:|image:)/.test(l))
        return false;
      return true;
    })
    .join('\n');
}

/**
 * Light English stemming, the same for documents and queries: plurals, -ing and -ed, so
 * "penalties"/"penalty", "trafficked"/"trafficking" and "sentenced"/"sentencing" meet.
 */
export function stem(word: string): string {
  let w = word.replace(/'s$|s'$/, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (/(ch|sh|x|zz)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is'))
    w = w.slice(0, -1);
  // "trafficked"/"trafficking" → "traffick"; "sentenced" → "sentenc"; keep both sides equal.
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

const TOKEN = /[\p{L}\p{N}]+(?:[.\-/'][\p{L}\p{N}]+)*/gu;

export interface Token {
  /** The word without apostrophes: "don't" and "dont" are written both ways. */
  word: string;
  /** Where the word starts and ends in the text, to quote it as written. */
  start: number;
  end: number;
}

export function tokenSpans(text: string): Token[] {
  return Array.from(text.matchAll(TOKEN), (m) => ({
    word: m[0].replace(/'/g, ''),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

export function tokens(text: string): string[] {
  return tokenSpans(text).map((t) => t.word);
}

/** The first `limit` distinct words of a text, as written (apostrophes kept). */
export function uniqueWords(text: string, limit: number): string[] {
  return [...new Set(text.match(TOKEN) ?? [])].slice(0, limit);
}

/**
 * Glue words: they occur in every section and off-topic text alike, so they only add noise.
 * Negations are kept on purpose: "no shelter", "never reported" are how difficulties are told.
 */
export const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by for from had has have he her him his i if in into is it ' +
    'its me my of on or our she so than that the their them then there these they this those ' +
    'to was we were which who whom will with would you your us also just about said says'
  ).split(' '),
);

/** How a language's words are read: its glue words and its stemmer. */
export interface Words {
  /** The language, saved with a model trained on it. */
  language: 'en' | 'es';
  stopWords: { has(word: string): boolean };
  stem: (word: string) => string;
}

export const ENGLISH_WORDS: Words = { language: 'en', stopWords: STOP_WORDS, stem };

/**
 * The features a text is classified by: stems of the words that are not glue, and each pair of
 * neighbouring stems ("sex offend", "truck stop"), where the pair says more than either word.
 * Numbers are kept as a shape ("#4" for a four-digit year, "#phone" for a phone number), so
 * "2024" and "2023" count alike, and a hotline number is recognised without listing it.
 */
export function features(text: string, words: Words = ENGLISH_WORDS): string[] {
  const out: string[] = [];
  let prev: string | null = null;
  for (const { word } of tokenSpans(text)) {
    const s = shape(word, words);
    if (s === null) {
      prev = null;
      continue;
    }
    out.push(s);
    if (prev !== null) out.push(`${prev} ${s}`);
    prev = s;
  }
  return out;
}

/** A word's feature, or null for a glue word. */
export function shape(word: string, words: Words = ENGLISH_WORDS): string | null {
  if (words.stopWords.has(word)) return null;
  if (/^\d[\d.,\-/]*$/.test(word)) {
    if (/\d{3}-\d{4}$/.test(word)) return '#phone';
    // Statutes ("566.211", "1591") name their subject; years and counts only their kind.
    if (/^\d{3}\.\d{3}$/.test(word)) return word;
    if (/^(19|20)\d\d$/.test(word)) return '#year';
    if (/^\d{4}$/.test(word)) return word;
    return `#${Math.min(word.replace(/\D/g, '').length, 6)}`;
  }
  if (word.length < 2) return null;
  return words.stem(word);
}

/**
 * A feature's number in a saved model: FNV-1a over its UTF-16 code units, cut to `bits` bits. The
 * saved model keeps these numbers instead of the features' text, which was half its size.
 */
export function featureHash(feature: string, bits: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % 2 ** bits;
}

/** The share of single-word features (not pairs, not numbers) that are not in the model. */
export function unknownShare(all: readonly string[], known: { has(f: string): boolean }): number {
  let words = 0;
  let unknown = 0;
  for (const f of all) {
    if (f.includes(' ') || f.startsWith('#')) continue;
    words++;
    if (!known.has(f)) unknown++;
  }
  return words ? unknown / words : 1;
}
