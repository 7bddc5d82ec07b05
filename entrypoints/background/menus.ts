import type { browser as wxtBrowser } from 'wxt/browser';
import type { LookupTarget } from '@/content/settings';
import { discreet, language, lookupEnabled, lookupTarget } from '@/utils/settings';
import { localeFor } from '@/utils/locale';
import { stashSelection } from '@/utils/lookup-stash';
import { openSidePanel } from '@/utils/side-panel';
import { explainerPath } from '@/content/links';
import { titlesFor } from '@/content/i18n/titles';

type ExtBrowser = typeof wxtBrowser;
type MenuInfo = { menuItemId: string | number; selectionText?: string };
export type MenuTab = { id?: number; windowId?: number } | undefined;

export const MENU_ID = 'lookup-selection';

/**
 * Shows a selection in the explainer: beside the page (side panel or sidebar) or in a new tab,
 * as the reader chose. Used by the right-click item and by the look-up shortcut. The text may
 * still be on its way (the shortcut reads it from the page): the panel opens first, inside the
 * reader's gesture, and the text follows through the session stash.
 */
export type OpenLookup = (text: string | Promise<string>, tab: MenuTab) => void;

export function createLookupOpener(browser: ExtBrowser): OpenLookup {
  // Cached so a click can open the side panel synchronously, inside the user's gesture.
  let target: LookupTarget | undefined;
  void lookupTarget.get().then((value) => (target = value));
  lookupTarget.watch((value) => (target = value));

  return (text, tab) => {
    // Decided here, once: the explainer follows what the stash says. Opening the panel must not
    // wait for storage, or the gesture is lost.
    const panel = target === 'tab' ? null : openSidePanel(browser, tab?.windowId);
    void (async () => {
      const entry = await stashSelection(await text, panel ? 'panel' : 'tab');
      if (panel && (await panel)) return;
      await browser.tabs.create({
        url: browser.runtime.getURL(
          explainerPath({ kind: 'lookup', token: entry.token }) as '/explainer.html',
        ),
        ...(tab?.id !== undefined && tab.id >= 0 ? { openerTabId: tab.id } : {}),
      });
    })();
  };
}

/**
 * The "Look up" item on selected text. Created on install (menus persist),
 * removed and restored when the user turns lookup off and on.
 */
export function registerMenus(
  browser: ExtBrowser,
  openLookup: OpenLookup = createLookupOpener(browser),
): void {
  browser.runtime.onInstalled.addListener(() => {
    void syncMenu(browser);
  });
  lookupEnabled.watch(() => void syncMenu(browser));
  discreet.watch(() => void syncMenu(browser));
  language.watch(() => void syncMenu(browser));

  browser.contextMenus.onClicked.addListener((info: MenuInfo, tab: MenuTab) => {
    if (info.menuItemId !== MENU_ID) return;
    openLookup(typeof info.selectionText === 'string' ? info.selectionText : '', tab);
  });
}

/** The last menu update; each waits for the one before, so two never interleave. */
let menuUpdate: Promise<void> = Promise.resolve();

/**
 * Create or remove the menu item so it matches the settings. Settings change in bursts (turning
 * sync on moves them all), and a removeAll/create pair racing another would leave a stale item
 * or fail on a duplicate id, so updates run one at a time, each reading the settings afresh.
 * Browsers put the selection in place of `%s`, so the selected text never passes through here;
 * discreet mode keeps the subject out of the menu.
 */
export function syncMenu(browser: ExtBrowser): Promise<void> {
  menuUpdate = menuUpdate
    .catch(() => undefined)
    .then(async () => {
      const [enabled, isDiscreet, choice] = await Promise.all([
        lookupEnabled.get(),
        discreet.get(),
        language.get(),
      ]);
      await browser.contextMenus.removeAll();
      if (!enabled) return;
      browser.contextMenus.create({
        id: MENU_ID,
        title: titlesFor(localeFor(choice)).lookupMenuTitle(isDiscreet),
        contexts: ['selection'],
      });
    });
  return menuUpdate;
}
