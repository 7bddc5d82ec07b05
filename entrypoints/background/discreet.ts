import type { browser as wxtBrowser } from 'wxt/browser';
import { titlesFor } from '@/content/i18n/titles';
import { localeFor } from '@/utils/locale';
import { discreet, language } from '@/utils/settings';

type ExtBrowser = typeof wxtBrowser;

const icons = (folder: string) => ({
  16: `/${folder}/16.png`,
  32: `/${folder}/32.png`,
  48: `/${folder}/48.png`,
  128: `/${folder}/128.png`,
});

/** Apply the toolbar icon and title for the discreet setting now and whenever it changes. */
export function registerDiscreetMode(browser: ExtBrowser): void {
  const apply = async () => applyDiscreet(browser, await discreet.get());
  void apply();
  discreet.watch(() => void apply());
  language.watch(() => void apply());
}

export async function applyDiscreet(browser: ExtBrowser, on: boolean): Promise<void> {
  try {
    const { APP_TITLE, DISCREET_TITLE } = titlesFor(localeFor(await language.get()));
    const action = browser.action;
    await Promise.all([
      action.setTitle({ title: on ? DISCREET_TITLE : APP_TITLE }),
      action.setIcon({ path: icons(on ? 'icon-neutral' : 'icon') }),
    ]);
  } catch {
    // A browser without the action API (or a failing icon) keeps the default look.
  }
}
