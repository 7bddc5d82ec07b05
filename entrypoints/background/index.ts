import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { createLookupOpener, registerMenus } from './menus';
import { registerCommands } from './commands';
import { registerInstall } from './install';
import { registerDiscreetMode } from './discreet';

// Listeners are registered synchronously so they fire after the service worker restarts.
export default defineBackground({
  type: 'module',
  main() {
    registerInstall(browser);
    const openLookup = createLookupOpener(browser);
    registerMenus(browser, openLookup);
    registerCommands(browser, openLookup);
    registerDiscreetMode(browser);
  },
});
