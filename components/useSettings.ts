import { useEffect, useState } from 'preact/hooks';
import { readAll, watchAll, type AllSettings, type Theme } from '@/utils/settings';

/**
 * The current settings, kept live: a change made in the options page shows
 * at once in every open page. `null` until the first read finishes.
 */
export function useSettings(): AllSettings | null {
  const [settings, setSettings] = useState<AllSettings | null>(null);
  useEffect(() => {
    let alive = true;
    void readAll().then((first) => {
      if (alive) setSettings((current) => current ?? first);
    });
    const unwatch = watchAll((next) => {
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

export function useTheme(settings: AllSettings | null): void {
  useEffect(() => {
    if (settings) applyTheme(settings.theme);
  }, [settings?.theme]);
}
