/*
 * The names the browser shows outside the pages: toolbar button, menu item, page titles. Kept
 * apart from the other words (and free of imports) so the service worker can use them without
 * loading the rest of the content.
 */

export const APP_TITLE = 'Missouri trafficking law guide';
/** The title in discreet mode: says nothing about the subject. */
export const DISCREET_TITLE = 'Quick reference';

/** The right-click item; the browser puts the selection in place of `%s`. */
export const lookupMenuTitle = (discreet: boolean) =>
  `Look up “%s” in ${discreet ? DISCREET_TITLE : `the ${APP_TITLE}`}`;
