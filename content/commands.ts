/**
 * The keyboard shortcuts' names, shared by the manifest (wxt.config.ts), the background that
 * answers them and the options page that lists them.
 */
export const LOOKUP_COMMAND = 'lookup-selection';
/** The browser's own name for "open the toolbar popup". */
export const OPEN_POPUP_COMMAND = '_execute_action';
