/**
 * The languages of the guide, and how the one a page shows is chosen: the reader's choice on the
 * options page, or by default the browser's own language (any Spanish, "es-MX", "es-419", → Spanish).
 */

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

/** The choices on the options page; 'browser' follows the browser's language. */
export const LANGUAGE_CHOICES = ['browser', 'en', 'es'] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

/** The locale for a browser language tag such as "es-MX" or "en-US"; English for anything else. */
export function localeOfTag(tag: string | undefined | null): Locale {
  return typeof tag === 'string' && /^es(?:[-_]|$)/i.test(tag.trim()) ? 'es' : 'en';
}

/** The locale a page shows for the reader's choice and the browser's language tag. */
export function resolveLocale(
  choice: LanguageChoice,
  browserTag: string | undefined | null,
): Locale {
  return choice === 'browser' ? localeOfTag(browserTag) : choice;
}
