import { stemmer } from '@orama/stemmers/spanish';
import type { Words } from '../lookup/text';

/*
 * How Spanish words are read by the FAQ search and the lookup: glue words and a Snowball
 * stemmer, so "víctima"/"víctimas" and "condenado"/"condenada" meet. Accents are removed
 * before stemming (readers type "victima" as often as "víctima").
 */

/** Spanish glue words: they match every question, so they only add noise. */
export const SPANISH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a al algo como con cual cuales cuando de del desde donde el ella ellas ellos en entre era es esa ' +
    'ese eso esta este esto estos fue fueron ha han hay la las le les lo los mas me mi mis muy ' +
    'nos o para pero por que quien se sea ser si sin sobre su sus te tiene u un una uno unos unas ' +
    'usted y ya yo puedo puede pueden debo debe hacer qué cómo cuál quién dónde cuándo'
  )
    .split(' ')
    .map((w) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '')),
);

/** The Spanish stem of a word (accents removed first). */
export function spanishStem(word: string): string {
  return stemmer(word.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
}

/** Spanish words as the lookup reads them. */
export const SPANISH_WORDS: Words = {
  language: 'es',
  // Glue words are listed without accents ("que" for "qué").
  stopWords: {
    has: (word) => SPANISH_STOP_WORDS.has(word.normalize('NFD').replace(/[\u0300-\u036f]/g, '')),
  },
  stem: spanishStem,
};
