import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { within } from '@/utils/within';
import type { Theme } from '@/content/settings';
import { readAll, watchAll, type AllSettings } from '@/utils/settings';

/** How long a page waits for what its first render needs before drawing anyway. */
export const FIRST_RENDER_WAIT_MS = 400;

/**
 * The settings for a page's first render. Pages wait for them, so the first paint is already
 * the right one (theme, region, title) and nothing is drawn twice; but not for long: if storage
 * hangs, the page draws with `null` and `useSettings` keeps trying.
 */
export function firstSettings(): Promise<AllSettings | null> {
  return within(readAll(), FIRST_RENDER_WAIT_MS);
}

const same = (a: AllSettings, b: AllSettings) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The current settings, kept live: a change made in the options page shows
 * at once in every open page. `null` until the first read finishes, unless the
 * page already read them (`initial`, from `firstSettings`).
 */
export function useSettings(initial: AllSettings | null = null): AllSettings | null {
  const [settings, setSettings] = useState<AllSettings | null>(initial);
  useEffect(() => {
    let alive = true;
    let watched = false;
    // Read again even with `initial`: a change made between that read and this watcher would
    // otherwise be missed. An unchanged result keeps the same object, so nothing re-renders;
    // a result from the watcher is newer and wins.
    void readAll().then((read) => {
      if (alive && !watched) {
        setSettings((current) => (current && same(current, read) ? current : read));
      }
    });
    const unwatch = watchAll((next) => {
      watched = true;
      if (alive) setSettings(next);
    });
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return settings;
}

/** Applies the chosen colour scheme to the page (`system` follows the OS). */
export function applyTheme(theme: Theme, doc: Document = document): void {
  if (theme === 'system') doc.documentElement.removeAttribute('data-theme');
  else doc.documentElement.setAttribute('data-theme', theme);
}

/** Before paint, so a page drawn with its settings never shows the other scheme first. */
export function useTheme(settings: AllSettings | null): void {
  useLayoutEffect(() => {
    if (settings) applyTheme(settings.theme);
  }, [settings?.theme]);
}
