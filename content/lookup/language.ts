/*
 * Which language a selection is in, from its glue words: the lookup reads Spanish text with the
 * Spanish model. Glue words are the surest sign in a few words of text ("de", "la", "que" against
 * "the", "of", "and"); with none of either, Spanish letters (ñ, accents, ¿ ¡) decide.
 */

const SPANISH = new Set(
  (
    'de la que el en los del las por con una un para se su sus al es lo como más pero fue ' +
    'ha han son está están este esta sobre entre también sin hasta desde cuando donde muy ' +
    'ser fueron había tiene le les ya o y u e ni'
  ).split(' '),
);
const ENGLISH = new Set(
  (
    'the of and to in is for that with was on by as at from be are were has have it this ' +
    'an or not which who their his her its been had will would'
  ).split(' '),
);

function glue(text: string): { es: number; en: number } {
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  let es = 0;
  let en = 0;
  for (const word of words.slice(0, 400)) {
    if (SPANISH.has(word)) es++;
    if (ENGLISH.has(word)) en++;
  }
  return { es, en };
}

/** Whether the text reads as Spanish rather than English. */
export function isSpanish(text: string): boolean {
  const { es, en } = glue(text);
  if (es !== en) return es > en;
  return /[ñáéíóú¿¡]/i.test(text);
}

/**
 * Whether the text may be Spanish: it reads as Spanish, or it has no glue words of either
 * language ("proxeneta", "señales de alerta" cut short), so only the words themselves can say.
 */
export function maybeSpanish(text: string): boolean {
  const { es, en } = glue(text);
  return es > en || (es === 0 && en === 0);
}
