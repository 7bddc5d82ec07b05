/**
 * One Spanish legal vocabulary for the whole guide. Every Spanish text uses the `es` word for
 * the English idea and never a word in `avoid` (a unit test reads every Spanish string).
 *
 * Why these choices: in Spanish law "trata de personas" is trafficking (exploiting a person) and
 * "tráfico de personas / de migrantes" is smuggling (moving someone across a border), so the
 * two must never be mixed; the words follow those used in Spanish by U.S. federal agencies and
 * the National Human Trafficking Hotline. The reader is addressed as "usted" throughout.
 */

export interface VocabularyEntry {
  /** The English idea, as the English content says it. */
  en: string;
  /** The Spanish words to use. */
  es: string;
  /** Words that must not be used for it (regular-expression source, matched case-insensitively on whole words). */
  avoid: readonly string[];
  /** Why, when the choice is not obvious. */
  note?: string;
}

export const VOCABULARY: readonly VocabularyEntry[] = [
  {
    en: 'human trafficking',
    es: 'trata de personas',
    avoid: ['tráfico de personas', 'tráfico humano', 'trata humana'],
    note: '"Tráfico de personas" means smuggling in Spanish law.',
  },
  {
    en: 'sex trafficking',
    es: 'trata sexual (trata de personas con fines de explotación sexual)',
    avoid: ['tráfico sexual', 'tráfico de sexo'],
  },
  {
    en: 'labor trafficking',
    es: 'trata laboral (trata con fines de trabajo forzoso)',
    avoid: ['tráfico laboral'],
  },
  {
    en: 'trafficker',
    es: 'tratante',
    avoid: ['traficante de personas', 'traficantes de personas'],
    note: '"Traficante" is a smuggler or a drug dealer.',
  },
  { en: 'smuggling', es: 'tráfico ilícito de migrantes', avoid: [] },
  { en: 'survivor', es: 'sobreviviente', avoid: ['superviviente', 'supervivientes'] },
  { en: 'victim', es: 'víctima', avoid: [] },
  { en: 'felony', es: 'delito grave', avoid: ['felonía', 'felonías'] },
  { en: 'misdemeanor', es: 'delito menor', avoid: ['misdemeanor'] },
  {
    en: 'class A felony',
    es: 'delito grave de clase A',
    avoid: ['felonía de clase A'],
  },
  { en: 'conviction / convicted', es: 'condena / condenado (declarado culpable)', avoid: [] },
  { en: 'prison term / sentence', es: 'pena de prisión / condena', avoid: ['sentencia de cárcel'] },
  { en: 'parole', es: 'libertad condicional', avoid: ['parol'] },
  { en: 'restitution', es: 'restitución (pago a la víctima ordenado por el tribunal)', avoid: [] },
  {
    en: 'sex offender registration',
    es: 'registro de delincuentes sexuales',
    avoid: ['registro de ofensores sexuales'],
  },
  { en: 'prosecutor', es: 'fiscal', avoid: ['procurador'] },
  { en: 'defendant / the accused', es: 'acusado', avoid: [] },
  { en: 'charged with', es: 'acusado de', avoid: ['cargado con'] },
  { en: 'court', es: 'tribunal', avoid: ['corte'] },
  { en: 'law enforcement', es: 'autoridades policiales (la policía)', avoid: ['enforcement'] },
  { en: 'hotline', es: 'línea de ayuda (línea directa)', avoid: ['hotline'] },
  {
    en: 'statute / law',
    es: 'ley; "artículo 566.209" for one section of RSMo',
    avoid: ['estatuto'],
  },
  {
    en: 'Revised Statutes of Missouri (RSMo)',
    es: 'Estatutos Revisados de Missouri (RSMo)',
    avoid: ['Misuri'],
    note: 'The state keeps its English name, Missouri.',
  },
  { en: 'coercion', es: 'coacción', avoid: ['coerción'] },
  { en: 'commercial sex act', es: 'acto sexual comercial', avoid: [] },
  { en: 'child / minor (under 18)', es: 'menor de edad (menor de 18 años)', avoid: [] },
  { en: 'T visa / U visa', es: 'visa T / visa U', avoid: ['visado T', 'visado U'] },
  { en: 'to report', es: 'denunciar / reportar', avoid: [] },
  { en: 'red flag / sign', es: 'señal de alerta', avoid: ['bandera roja', 'banderas rojas'] },
];
