import { browser } from 'wxt/browser';
import { resolveLocale, type LanguageChoice, type Locale } from '@/content/i18n/locales';

/** The browser's interface language ("es-419", "en-US"), as the manifest's `_locales` use it. */
export function browserLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    // Outside an extension (unit tests), the page's own idea of it.
    return typeof navigator === 'undefined' ? 'en' : navigator.language;
  }
}

/** The locale for a language setting (`undefined`: not read yet, so the browser's). */
export function localeFor(choice: LanguageChoice | undefined): Locale {
  return resolveLocale(choice ?? 'browser', browserLanguage());
}
