import type { Widen } from '../../i18n/widen';
import type * as en from '../../ui/popup';

/* Spanish strings only the popup shows. Shared ones (911, quick exit, footer) are in ./common. */

export const POPUP: Widen<typeof en.POPUP> = {
  /** Heading over the reporting lines. */
  reportHeading: 'Denunciar o pedir ayuda',
  /** Disclosure that holds the lines below the main hotline. */
  moreLines: (count) => `Más líneas (${count})`,
  faqHeading: 'Preguntas',
  searchLabel: 'Buscar preguntas',
  searchPlaceholder: 'p. ej., penas, denunciar, visa T',
  matches: (count) =>
    count === 0
      ? 'Ninguna pregunta coincide'
      : count === 1
        ? '1 pregunta coincide'
        : `${count} preguntas coinciden`,
  noMatch: (query) => `Ninguna pregunta coincide con: ${query}`,
  searchExplainer: 'Buscar en toda la explicación',
  readMore: 'Leer más en la explicación',
  openBeside: 'Abrir la explicación junto a esta página',
  openExplainer: 'Abrir la explicación completa',
};
