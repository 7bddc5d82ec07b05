import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { SETTING_KEYS, type SettingKey } from '@/content/settings';
import { debounce, type Debounced } from '@/utils/debounce';
import { SETTING, type AllSettings, type SetResult } from '@/utils/settings';

/** Rapid changes (arrowing through a list) save once, for the value the user stops on. */
export const SAVE_DELAY_MS = 300;

export interface AutosaveEvents {
  /** A value reached storage (`result.syncError` when it fell back to this device). */
  onSaved: <K extends SettingKey>(key: K, value: AllSettings[K], result: SetResult) => void;
  /** Storage refused the value; the page shows what is really stored again. */
  onFailed: (key: SettingKey) => void;
}

export interface Autosave {
  /** The stored settings with the user's unsaved choices on top; null until read. */
  shown: AllSettings | null;
  change: <K extends SettingKey>(key: K, value: AllSettings[K]) => void;
  /** Save every waiting change now. */
  flush: () => void;
  /** Drop every waiting change and unsaved choice. */
  cancel: () => void;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
type Draft = Partial<AllSettings>;

/** The draft without these keys (the same object when there are none, so nothing re-renders). */
function without(draft: Draft, keys: SettingKey[]): Draft {
  if (keys.length === 0) return draft;
  const next = { ...draft };
  for (const key of keys) delete next[key];
  return next;
}

/**
 * Optimistic saving for a settings page: a choice shows at once, is saved after a short pause
 * (one save for a burst), and stays shown until storage holds it; a failed save shows the stored
 * value again. A change made elsewhere shows as soon as no choice of ours is waiting.
 */
export function useAutosave(stored: AllSettings | null, events: AutosaveEvents): Autosave {
  // Values chosen but not yet back from storage.
  const [draft, setDraft] = useState<Draft>({});
  const storedRef = useRef(stored);
  storedRef.current = stored;
  const eventsRef = useRef(events);
  eventsRef.current = events;

  const savers = useMemo(() => {
    async function save<K extends SettingKey>(key: K, value: AllSettings[K]) {
      try {
        const result = await SETTING[key].set(value);
        eventsRef.current.onSaved(key, value, result);
        // Saving the value storage already held fires no change event, so settle the draft here.
        if (same(storedRef.current?.[key], value)) {
          setDraft((current) => (same(current[key], value) ? without(current, [key]) : current));
        }
      } catch {
        eventsRef.current.onFailed(key);
        setDraft((current) => without(current, [key]));
      }
    }
    const entries = SETTING_KEYS.map((key) => [
      key,
      debounce((value: unknown) => void save(key, value as never), SAVE_DELAY_MS),
    ]);
    return Object.fromEntries(entries) as Record<SettingKey, Debounced<[unknown]>>;
  }, []);

  // A draft is done once storage holds the same value.
  useEffect(() => {
    if (!stored) return;
    setDraft((current) =>
      without(
        current,
        (Object.keys(current) as SettingKey[]).filter(
          (key) => same(current[key], stored[key]) && !savers[key].pending,
        ),
      ),
    );
  }, [stored]);

  const flush = () => Object.values(savers).forEach((saver) => saver.flush());

  // Closing the tab right after a change still saves it.
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [savers]);

  return {
    shown: stored ? { ...stored, ...draft } : null,
    change(key, value) {
      setDraft((current) => ({ ...current, [key]: value }));
      savers[key](value);
    },
    flush,
    cancel() {
      Object.values(savers).forEach((saver) => saver.cancel());
      setDraft({});
    },
  };
}
