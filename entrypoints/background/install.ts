import type { browser as wxtBrowser } from 'wxt/browser';

type ExtBrowser = typeof wxtBrowser;

/** On first install, open the options page once with a welcome that asks for the region. */
export function registerInstall(browser: ExtBrowser): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    void browser.tabs.create({
      url: browser.runtime.getURL('/options.html#welcome' as '/options.html'),
    });
  });
}
