import type { Widen } from '../../i18n/widen';
import type * as en from '../../ui/explainer';

/*
 * Spanish words of the explainer page and the side panel (see content/ui/explainer.ts).
 * "The explainer" is called "la explicación" throughout.
 */

/** The tab's title (document.title) when discreet mode is off. */
export const PAGE_TITLE: Widen<typeof en.PAGE_TITLE> =
  'La ley de trata sexual de Missouri, explicada';

export const HEADER: Widen<typeof en.HEADER> = {
  title: 'La ley de trata sexual de Missouri, explicada',
  /** The side panel's compact heading. */
  panelTitle: 'Ley de trata de Missouri',
  intro:
    'Qué dice la ley, cuáles son las penas y cómo denunciar, en palabras sencillas y con la fuente al lado de cada dato.',
  /** The name of the bar that keeps 911 and the quick exit in view. */
  safetyLabel: 'Llamada de emergencia y salida rápida',
};

export const PRIVACY: Widen<typeof en.PRIVACY> = {
  /** Next to the quick-exit button: what it does, on the page and in the side panel. */
  quickExitPage:
    'La salida rápida reemplaza todas las páginas abiertas de esta guía por una página del clima.',
  quickExitPanel:
    'La salida rápida cierra este panel y reemplaza cualquier página abierta de esta guía por una página del clima.',
  /** The honest limit of the quick exit. */
  history:
    'El historial de su navegador sigue mostrando que se visitaron estas páginas. Para borrarlas, abra el Historial (Ctrl+H; en una Mac, ⌘Y en Chrome o ⇧⌘H en Firefox) y elimínelas.',
};

export const TOC: Widen<typeof en.TOC> = {
  heading: 'En esta página',
  /** The side panel's collapsed list of sections. */
  panelToggle: 'Secciones',
  navLabel: 'Secciones de la explicación',
  /** The list offered in the search view when nothing matches. */
  allSections: 'Todas las secciones',
  search: 'Buscar en la explicación',
};

export const SEARCH: Widen<typeof en.SEARCH> = {
  label: 'Buscar en la explicación',
  hint: 'Escriba una palabra o frase, por ejemplo: penas, línea de ayuda o visa T.',
  results: 'Secciones que coinciden',
  count: (n) =>
    n === 0
      ? 'Ninguna sección coincide.'
      : n === 1
        ? '1 sección coincide.'
        : `${n} secciones coinciden.`,
  noneForSelection: 'Nada en la explicación coincide con lo que seleccionó.',
  noneForQuery: 'Nada en la explicación coincide con esta búsqueda.',
  back: 'Volver a toda la explicación',
};

export const LOOKUP: Widen<typeof en.LOOKUP> = {
  youLookedUp: 'Usted buscó:',
  seeGlossary: 'Verlo en el glosario',
  /** Before links to other sections the selection may be about. */
  alsoAbout: 'También sobre:',
  dismiss: 'Ocultar esta nota',
};

export const SECTION: Widen<typeof en.SECTION> = {
  moreIn: 'Más en:',
  aliases: 'Otros nombres:',
};

export const PENALTIES: Widen<typeof en.PENALTIES> = {
  columns: {
    offense: 'Delito',
    when: 'Cuándo se aplica',
    prison: 'Prisión',
    fine: 'Multa',
    registration: 'Registro de delincuentes sexuales',
    sources: 'Fuentes',
  },
  reportedChange: 'Cambio reportado — sin confirmar',
  notStated: 'Nuestras fuentes no lo indican',
  scrollHint: 'Desplácese hacia los lados para ver todas las columnas.',
};

export const PANEL: Widen<typeof en.PANEL> = {
  openInTab: 'Abrir en una pestaña',
  newTab: '(se abre en una pestaña nueva)',
};
