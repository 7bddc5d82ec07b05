import type { Widen } from '../../i18n/widen';
import { CONTENT_REVIEWED } from '../../sources';
import type * as en from '../../ui/common';

/* Spanish strings every page shares (see content/ui/common.ts). */

const MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

/** "2026-11-28" → "28 de noviembre de 2026", by hand like the English. */
export const formatDate: Widen<typeof en.formatDate> = (iso) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const name = MONTHS[Number(month) - 1];
  return name ? `${Number(day)} de ${name} de ${year}` : iso;
};

export { APP_TITLE, DISCREET_TITLE } from './titles';

/** "a" before a name, contracted with the article: "al Centro …", "a la Línea …". */
const to = (name: string) => (name.startsWith('el ') ? `al ${name.slice(3)}` : `a ${name}`);
/** "de" before a name, contracted with the article: "del Centro …", "de la Línea …". */
const of = (name: string) => (name.startsWith('el ') ? `del ${name.slice(3)}` : `de ${name}`);

export const EMERGENCY: Widen<typeof en.EMERGENCY> = {
  question: '¿Está en peligro inmediato?',
  action: 'Llame al 911',
  number: '911',
  /** For a label around the line. */
  label: 'Emergencia',
};

export const NOT_LEGAL_ADVICE: Widen<typeof en.NOT_LEGAL_ADVICE> = 'No es asesoría legal';
export const LAST_REVIEWED: Widen<typeof en.LAST_REVIEWED> =
  `Última revisión: ${formatDate(CONTENT_REVIEWED)}`;
export const FOOTER_NOTE: Widen<typeof en.FOOTER_NOTE> =
  'Información general sobre la ley, con fuentes. Para su situación particular, hable con un abogado.';

/** A line drawn as a row: its main number in a few words (the options preview). */
export const LINE_ROW: Widen<typeof en.LINE_ROW> = {
  /** For a line with no phone number in the data. */
  noNumber: 'sin número de teléfono',
  text: (value) => `texto ${value}`,
  tty: (value) => `TTY ${value}`,
};

export const QUICK_EXIT: Widen<typeof en.QUICK_EXIT> = {
  label: 'Salida rápida',
  hint: 'o presione Esc dos veces',
};

export const COPY: Widen<typeof en.COPY> = {
  button: 'Copiar',
  done: 'Copiado',
  /** Announced to screen readers after a copy. */
  announced: (value) => `Se copió ${value}`,
  /** When the clipboard is refused: the text is selected for the user instead. */
  selected: 'Seleccionado: presione Ctrl+C para copiar',
  selectedAnnounced: (value) => `Se seleccionó ${value}. Presione Control C para copiar.`,
  failed: 'No se pudo copiar',
};

const SOURCE_ONE = 'Fuente';

export const SOURCE: Widen<typeof en.SOURCE> = {
  one: SOURCE_ONE,
  many: 'Fuentes',
  /** Accessible name of a compact source link: its visible text, then what the source is. */
  linkName: (shown, label) =>
    shown === SOURCE_ONE ? `${SOURCE_ONE}: ${label}` : `${SOURCE_ONE} ${shown}: ${label}`,
  newTab: '(se abre en una pestaña nueva)',
};

/** How sure a source is, in words, shown after it everywhere; primary sources need no note. */
export const CONFIDENCE_WORDS: Widen<typeof en.CONFIDENCE_WORDS> = {
  primary: null,
  'bill-text': 'texto del proyecto de ley',
  secondary: 'fuente no oficial',
  unverified: 'sin confirmar',
};

/** How sure a source is, in words, or null when it is primary or its label already says so. */
export const confidenceWords: Widen<typeof en.confidenceWords> = (c) => {
  const words = CONFIDENCE_WORDS[c.confidence];
  return words && !c.label.toLowerCase().includes(words) ? words : null;
};

/** Short visible labels in front of each contact. */
export const CONTACT_KIND: Widen<typeof en.CONTACT_KIND> = {
  call: 'Llamar',
  text: 'Texto',
  chat: 'Chat',
  tty: 'TTY',
  web: 'Web',
};

/** Accessible names of contact links, e.g. "Llame a la Línea …, 1-888-…". */
export const CONTACT_NAME: Widen<typeof en.CONTACT_NAME> = {
  call: (name, value) => `Llame ${to(name)}, ${value}`,
  text: (name, value, keyword) =>
    keyword
      ? `Envíe ${keyword} por mensaje de texto ${to(name)} al ${value}`
      : `Envíe un mensaje de texto ${to(name)} al ${value}`,
  chat: (name, shown) => `Chatee en línea con ${name}, ${shown}`,
  tty: (name, value) => `TTY: marque ${value} para comunicarse con ${name}`,
  web: (name, shown) => `Abra el sitio web ${of(name)}, ${shown}`,
};

/** e.g. "envíe “HELP”", shown after a text number (the keyword is English). */
export const TEXT_KEYWORD: Widen<typeof en.TEXT_KEYWORD> = (keyword) => `envíe “${keyword}”`;

export const RESOURCE: Widen<typeof en.RESOURCE> = {
  hours: 'Horario',
  languages: 'Idiomas',
  /** Put in front of a qualifier so it reads as a caution. */
  check: 'Verifique:',
};

export const REGION: Widen<typeof en.REGION> = {
  showing: 'Recursos para',
  change: 'Cambiar',
  /** Completes "Cambiar" for screen readers: "Cambiar región". */
  changeHidden: ' región',
  national: 'Se muestran recursos nacionales.',
  prompt: 'Elija su estado para ver líneas locales',
  set: 'Elegir región',
};
