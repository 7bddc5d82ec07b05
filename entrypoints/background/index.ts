import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { registerMenus } from './menus';
import { registerInstall } from './install';
import { registerDiscreetMode } from './discreet';

// Listeners are registered synchronously so they fire after the service worker restarts.
export default defineBackground({
  type: 'module',
  main() {
    registerInstall(browser);
    registerMenus(browser);
    registerDiscreetMode(browser);
  },
});
