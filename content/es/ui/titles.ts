/*
 * Spanish names the browser shows outside the pages (see content/ui/titles.ts). Free of imports
 * other than types, so the service worker can use them without loading the rest of the content.
 */
import type { Widen } from '../../i18n/widen';
import type * as en from '../../ui/titles';

export const APP_TITLE: Widen<typeof en.APP_TITLE> = 'Guía de la ley de trata de Missouri';
/** The title in discreet mode: says nothing about the subject. */
export const DISCREET_TITLE: Widen<typeof en.DISCREET_TITLE> = 'Consulta rápida';

/** The right-click item; the browser puts the selection in place of `%s`. */
export const lookupMenuTitle: Widen<typeof en.lookupMenuTitle> = (discreet) =>
  `Buscar “%s” en ${discreet ? DISCREET_TITLE : 'la guía de la ley de trata de Missouri'}`;
