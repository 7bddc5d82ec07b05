import type { browser as wxtBrowser } from 'wxt/browser';
import { APP_TITLE, DISCREET_TITLE } from '@/content/ui/titles';
import { discreet } from '@/utils/settings';

type ExtBrowser = typeof wxtBrowser;

const icons = (folder: string) => ({
  16: `/${folder}/16.png`,
  32: `/${folder}/32.png`,
  48: `/${folder}/48.png`,
  128: `/${folder}/128.png`,
});

/** Apply the toolbar icon and title for the discreet setting now and whenever it changes. */
export function registerDiscreetMode(browser: ExtBrowser): void {
  const apply = (on: boolean) => applyDiscreet(browser, on);
  void discreet.get().then(apply);
  discreet.watch(apply);
}

export async function applyDiscreet(browser: ExtBrowser, on: boolean): Promise<void> {
  try {
    const action = browser.action;
    await Promise.all([
      action.setTitle({ title: on ? DISCREET_TITLE : APP_TITLE }),
      action.setIcon({ path: icons(on ? 'icon-neutral' : 'icon') }),
    ]);
  } catch {
    // A browser without the action API (or a failing icon) keeps the default look.
  }
}
