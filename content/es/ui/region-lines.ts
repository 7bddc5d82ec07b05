import type { Widen } from '../../i18n/widen';
import type * as en from '../../ui/region-lines';

/*
 * Spanish words the region lines are built with (see content/ui/region-lines.ts). The facts
 * (numbers, names, addresses, sources) stay in the data; only the sentences around them live
 * here. Place names arrive as the Spanish region names ("Kansas", "Nueva York", "Distrito de
 * Columbia"); a name "in a sentence" may already carry its article ("el Distrito de Columbia").
 */

/** A place as it reads inside a sentence: "el Distrito de Columbia", "Kansas". */
const place = (name: string) => (/^Distrito\b/.test(name) ? `el ${name}` : name);
/** "de" before a place, contracted with the article: "del Distrito de Columbia", "de Kansas". */
const of = (name: string) => {
  const p = place(name);
  return p.startsWith('el ') ? `del ${p.slice(3)}` : `de ${p}`;
};

/** The full name of the national hotline, with its English name once (the first mention). */
const NATIONAL_HOTLINE =
  'la Línea Nacional contra la Trata de Personas (“National Human Trafficking Hotline”)';

/** Group titles and notes of `resourcesFor(region)`. */
export const REGION_GROUPS: Widen<typeof en.REGION_GROUPS> = {
  hotline: 'Línea de ayuda contra la trata de personas',
  specialised: 'Otras líneas nacionales',
  outsideUs: {
    title: 'Donde usted está',
    note: 'Estas son líneas de EE. UU. La línea de denuncias de HSI (“HSI Tip Line”), que aparece abajo, tiene un número para llamadas desde fuera de EE. UU., Canadá y México.',
    coverage: 'No tenemos líneas para lugares fuera de Estados Unidos.',
  },
  missouri: {
    title: 'Líneas de Missouri',
    note: `Missouri no tiene su propia línea de ayuda contra la trata. Para casos de trata, use ${NATIONAL_HOTLINE}.`,
  },
  local: {
    title: (area) => `Organizaciones locales: ${area}`,
    note: 'Estas organizaciones trabajan contra la trata o apoyan a sobrevivientes. No son líneas de ayuda. La mayoría de los datos vienen de noticias, así que verifique que estén al día.',
    noAreaTitle: 'Organizaciones locales',
    noAreaNote: 'Elija su zona de Missouri para ver organizaciones locales.',
  },
  state: (name) => `Líneas ${of(name)}`,
  /** What we could not find for a state, said plainly. */
  noStatewideChildAbuse: (name) =>
    `${name}: no encontramos un número estatal único para denunciar el abuso infantil. Las denuncias se hacen ante oficinas del condado o locales. Siga el enlace de abajo para saber dónde denunciar en su condado.`,
  noStateTraffickingLine: (inSentence) =>
    `No tenemos una línea contra la trata a cargo del estado para ${place(inSentence)}. Para casos de trata, use ${NATIONAL_HOTLINE}.`,
};

/** The start of every note saying a detail came from a third-party site. */
const LISTED_ON = 'Aparece en';

/** Sentences of a state's lines, around the facts from states.json. */
export const STATE_LINES: Widen<typeof en.STATE_LINES> = {
  listedOn: LISTED_ON,
  /** Cautions, shown with "Verifique:" on the line's card. */
  qualifier: {
    secondary: 'Aparece en una fuente secundaria: confírmelo con la agencia estatal',
    someThirdParty:
      'Algunos datos vienen de sitios de terceros: confírmelos con la agencia estatal',
    thirdPartyLink: 'Enlace encontrado en un sitio de terceros: confírmelo con la agencia estatal',
    thirdParty: 'Aparece en un sitio de terceros: confírmelo con la agencia estatal',
    numbersDiffer:
      'Las fuentes publicaron números distintos para esta línea: confírmelo con el estado',
    otherSource: 'Dirección encontrada por medio de otra fuente: confirme que esté al día',
  },
  thirdPartySite: (site) => (site ? `${LISTED_ON} ${site}` : `${LISTED_ON} un sitio de terceros`),
  outOfState: (inSentence) => `Si está fuera ${of(inSentence)}`,
  reportOnline: 'Denunciar en línea',
  findLocal: 'Busque dónde denunciar en su zona',
  perThirdParty: (hours) => `${hours} (según sitios de terceros)`,
  childAbuse: {
    name: (name) => `Línea de abuso infantil ${of(name)}`,
    summary: (inSentence) =>
      `Llame si cree que un menor en ${place(inSentence)} sufre abuso o negligencia.`,
    details: (name) => `Datos de la línea de abuso infantil ${of(name)}`,
    online: (name) => `Denuncias en línea ${of(name)}`,
  },
  childAbuseLocal: {
    name: (name) => `${name}: denuncie el abuso infantil en su localidad`,
    summary: (name, where) =>
      `No encontramos un número estatal único para denunciar el abuso infantil en ${place(name)}. Las denuncias se hacen ante ${where}.`,
    source: (name) => `Denuncias de abuso infantil en ${place(name)}`,
    page: (name) => `Denuncias de abuso infantil en ${place(name)} (página enlazada)`,
  },
  stateLine: {
    summary: (inSentence, runBy, forWhom, email) =>
      `Una línea para denunciar la trata de personas en ${place(inSentence)}.` +
      (runBy ? ` A cargo de ${runBy}.` : '') +
      (forWhom ? ` Para ${forWhom}.` : '') +
      (email ? ` También puede enviar un correo electrónico a ${email}.` : ''),
    source: (name) => `Línea contra la trata de personas ${of(name)}`,
  },
  attorneyGeneral: {
    name: (name) => `Fiscalía General ${of(name)}: trata de personas`,
    summary: (inSentence, language) =>
      `Información sobre la trata de personas de la Fiscalía General ${of(inSentence)}${language ? ` (en ${language})` : ''}. Es una página web, no una línea para denunciar.`,
    source: (name) => `Página sobre la trata de personas de la Fiscalía General ${of(name)}`,
  },
};
