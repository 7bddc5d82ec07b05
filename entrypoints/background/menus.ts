import type { browser as wxtBrowser } from 'wxt/browser';
import { discreet, lookupEnabled, lookupTarget, type LookupTarget } from '@/utils/settings';
import { stashSelection } from '@/utils/lookup-stash';
import { explainerPath } from '@/content/links';

type ExtBrowser = typeof wxtBrowser;
type MenuInfo = { menuItemId: string | number; selectionText?: string };
type MenuTab = { id?: number; windowId?: number } | undefined;

export const MENU_ID = 'lookup-selection';

/** The side panel APIs differ per browser; both are optional. */
interface PanelApis {
  sidePanel?: { open(options: { tabId?: number; windowId?: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

/**
 * The "Look up" item on selected text. Created on install (menus persist),
 * removed and restored when the user turns lookup off and on.
 */
export function registerMenus(browser: ExtBrowser): void {
  // Cached so a click can open the side panel synchronously, inside the user's gesture.
  let target: LookupTarget | undefined;
  const targetReady = lookupTarget.get().then((value) => (target = value));
  lookupTarget.watch((value) => (target = value));

  browser.runtime.onInstalled.addListener(() => {
    void syncMenu(browser);
  });
  lookupEnabled.watch(() => void syncMenu(browser));
  discreet.watch(() => void syncMenu(browser));

  browser.contextMenus.onClicked.addListener((info: MenuInfo, tab: MenuTab) => {
    if (info.menuItemId !== MENU_ID) return;
    const text = typeof info.selectionText === 'string' ? info.selectionText : '';
    // Opening the panel must not wait for storage, or the gesture is lost.
    const panel = target === 'tab' ? null : openPanel(browser, tab);
    void (async () => {
      const entry = await stashSelection(text);
      if (panel && (await panel)) return;
      if (panel === null && target === undefined) {
        await targetReady;
        if (target !== 'tab' && (await openPanel(browser, tab))) return;
      }
      await browser.tabs.create({
        url: browser.runtime.getURL(
          explainerPath({ kind: 'lookup', token: entry.token }) as '/explainer.html',
        ),
        ...(tab?.id !== undefined && tab.id >= 0 ? { openerTabId: tab.id } : {}),
      });
    })();
  });
}

/**
 * Browsers put the selection in place of `%s` and shorten it themselves, so
 * the selected text never passes through this code. Discreet mode keeps the
 * subject out of the menu.
 */
export function menuTitle(isDiscreet: boolean): string {
  return isDiscreet
    ? 'Look up “%s” in Quick reference'
    : 'Look up “%s” in the Missouri trafficking law guide';
}

/** Create or remove the menu item so it matches the setting. */
export async function syncMenu(browser: ExtBrowser): Promise<void> {
  const [enabled, isDiscreet] = await Promise.all([lookupEnabled.get(), discreet.get()]);
  await browser.contextMenus.removeAll();
  if (!enabled) return;
  browser.contextMenus.create({
    id: MENU_ID,
    title: menuTitle(isDiscreet),
    contexts: ['selection'],
  });
}

/** Opens the side panel (Chrome) or sidebar (Firefox). Resolves false when it cannot. */
function openPanel(browser: ExtBrowser, tab: MenuTab): Promise<boolean> {
  const apis = browser as unknown as PanelApis;
  try {
    if (apis.sidePanel && tab?.windowId !== undefined) {
      return apis.sidePanel.open({ windowId: tab.windowId }).then(
        () => true,
        () => false,
      );
    }
    if (apis.sidebarAction) {
      return apis.sidebarAction.open().then(
        () => true,
        () => false,
      );
    }
  } catch {
    // Older browsers throw synchronously when the gesture is missing.
  }
  return Promise.resolve(false);
}
