import * as spanish from '../es/ui/titles';
import * as english from '../ui/titles';
import type { Locale } from './locales';

/**
 * The names the browser shows outside the pages (toolbar title, right-click item), in each
 * language: small, so the service worker carries both.
 */
export function titlesFor(locale: Locale): typeof spanish {
  return locale === 'es' ? spanish : english;
}
