import type { browser as wxtBrowser } from 'wxt/browser';
import { LOOKUP_COMMAND } from '@/content/commands';
import { activeTabId, readSelection } from '@/utils/page-reader';
import type { MenuTab, OpenLookup } from './menus';

type ExtBrowser = typeof wxtBrowser;

/**
 * The look-up shortcut: the same as choosing "Look up" on the selection. The shortcut grants
 * `activeTab`, so the selection is read from the page at that moment, and only then. (Opening
 * the popup is the browser's own `_execute_action`: nothing to do here.)
 */
export function registerCommands(browser: ExtBrowser, openLookup: OpenLookup): void {
  browser.commands.onCommand.addListener((command: string, tab?: MenuTab) => {
    if (command !== LOOKUP_COMMAND) return;
    const read = tab?.id !== undefined ? Promise.resolve(tab.id) : activeTabId(browser);
    openLookup(
      read.then((id) => readSelection(browser, id)),
      tab,
    );
  });
}
