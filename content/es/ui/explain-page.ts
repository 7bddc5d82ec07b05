import type { Widen } from '../../i18n/widen';
import type * as en from '../../ui/explain-page';

/* Spanish strings of "Explain this page" (popup and side panel). */

export const EXPLAIN_PAGE: Widen<typeof en.EXPLAIN_PAGE> = {
  heading: 'Explicar esta página',
  intro:
    'Muestra las leyes, los términos legales y los temas de la página que está leyendo. El texto de la página se lee en este dispositivo solo cuando usted presiona el botón. Nunca se envía ni se guarda, y se borra al cerrar esta vista.',
  button: 'Explicar esta página',
  reading: 'Leyendo la página…',
  resultHeading: 'Lo que menciona esta página',
  /** Says which page was read, as text. */
  pageTitle: (title) => (title ? `Página: ${title}` : 'Esta página'),
  fromVisibleText:
    'No se encontró el artículo principal de la página, así que se leyó todo su texto visible.',
  nothing: 'Nada sobre la trata en esta página',
  nothingDetail:
    'Esta guía no encontró en esta página ninguna ley, término legal ni tema de los que explica. Aun así, puede buscar en la explicación.',
  statutesHeading: 'Leyes citadas',
  termsHeading: 'Términos legales usados',
  sectionsHeading: 'Temas de la explicación',
  onThePage: 'En la página:',
  readSection: (title) => `Leer: ${title}`,
  reportHeading: 'Dónde denunciar',
  restrictedHeading: 'No se puede leer esta página',
  restricted:
    'Los navegadores protegen algunas páginas de todas las extensiones: sus propias páginas de configuración, las tiendas de extensiones y los archivos PDF que muestran. No se leyó nada de esta página.',
  notAllowedHeading: 'El navegador no dejó que la guía leyera esta página',
  notAllowed:
    'La guía solo puede leer una página justo después de que usted abre la guía en esa página, con su botón de la barra de herramientas o su atajo de teclado. Abra la guía desde la barra de herramientas en la página que quiere que se explique. Luego presione otra vez el botón Explicar esta página.',
  noTab: 'No hay ninguna página para leer en esta ventana.',
  search: 'Buscar en la explicación',
  again: 'Explicar esta página de nuevo',
};
