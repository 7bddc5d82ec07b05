import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { parseRegion } from '@/content/regions';
import type { Region } from '@/content/types';

/**
 * Every user setting, defined once. Each setting is a pair of @wxt-dev/storage
 * items (one in `local:`, one in `sync:`) with the same key, fallback, version
 * and migrations. `local:` is used unless the user opts in to sync.
 *
 * Reads are validated: a value of the wrong type, an unknown code or a
 * schema the code cannot migrate yields the fallback, and the stored value is
 * repaired so the next read is clean.
 */

export type StorageAreaName = 'local' | 'sync';
export type Theme = 'system' | 'light' | 'dark';
export type LookupTarget = 'side-panel' | 'tab';

type Migrations = Record<number, (old: unknown) => unknown>;

interface SettingSpec<T> {
  key: string;
  fallback: T;
  version: number;
  migrations: Migrations;
  /** Returns the value when valid, or `undefined`. */
  parse: (value: unknown) => T | undefined;
}

export interface Setting<T> {
  readonly key: string;
  readonly fallback: T;
  readonly version: number;
  readonly migrations: Migrations;
  readonly parse: (value: unknown) => T | undefined;
  /** The two storage items behind the setting. */
  readonly items: Record<StorageAreaName, WxtStorageItem<T | null, { v: number }>>;
  /** The current value from the active area; repairs bad stored data. */
  get(): Promise<T>;
  /** Writes to the active area; falls back to local when sync fails. */
  set(value: T): Promise<SetResult>;
  /** Calls back with the validated value whenever it changes in either area. */
  watch(cb: (value: T) => void): () => void;
}

export interface SetResult {
  area: StorageAreaName;
  /** Set when sync failed (e.g. quota) and the value was kept locally instead. */
  syncError?: string;
}

/** Whether settings live in the browser's sync area (opt-in). Always local. */
export const syncEnabled = storage.defineItem<boolean>('local:syncEnabled', { fallback: false });

async function activeArea(): Promise<StorageAreaName> {
  const raw = await syncEnabled.getValue();
  if (typeof raw !== 'boolean') {
    await syncEnabled.setValue(false);
    return 'local';
  }
  return raw ? 'sync' : 'local';
}

function defineSetting<T>(spec: SettingSpec<T>): Setting<T> {
  const make = (area: StorageAreaName) =>
    storage.defineItem<T | null, { v: number }>(`${area}:${spec.key}`, {
      fallback: null,
      version: spec.version,
      // Given migrations, @wxt-dev/storage reads the item when it is defined, on every page
      // load and worker start; a first version has nothing to migrate, so it is left out.
      ...(spec.version > 1 ? { migrations: spec.migrations } : {}),
    });
  const items = { local: make('local'), sync: make('sync') };

  async function readFrom(area: StorageAreaName): Promise<T> {
    const item = items[area];
    let raw: unknown;
    try {
      raw = await item.getValue();
    } catch {
      raw = undefined;
    }
    if (raw === null) return spec.fallback;
    const meta = await item.getMeta().catch(() => ({}) as { v?: number | null });
    const parsed = spec.parse(raw);
    // A newer schema than this code knows (a downgrade) cannot be trusted either.
    const tooNew = typeof meta.v === 'number' && meta.v > spec.version;
    if (parsed === undefined || tooNew) {
      await repair(area);
      return spec.fallback;
    }
    return parsed;
  }

  async function repair(area: StorageAreaName): Promise<void> {
    try {
      await items[area].removeValue({ removeMeta: true });
    } catch {
      // Storage unavailable: the fallback is still returned to the page.
    }
  }

  const get = async () => readFrom(await activeArea());

  return {
    key: spec.key,
    fallback: spec.fallback,
    version: spec.version,
    migrations: spec.migrations,
    parse: spec.parse,
    items,
    get,
    async set(value) {
      const area = await activeArea();
      if (area === 'sync') {
        try {
          await items.sync.setValue(value);
          await items.sync.setMeta({ v: spec.version });
          return { area };
        } catch (error) {
          // Sync is full or unavailable: keep everything on this device.
          await moveSettings('sync', 'local');
          await syncEnabled.setValue(false);
          await items.local.setValue(value);
          await items.local.setMeta({ v: spec.version });
          return { area: 'local', syncError: errorMessage(error) };
        }
      }
      await items.local.setValue(value);
      await items.local.setMeta({ v: spec.version });
      return { area };
    },
    watch(cb) {
      const emit = () => {
        void get().then(cb);
      };
      const unwatchers = [items.local.watch(emit), items.sync.watch(emit), syncEnabled.watch(emit)];
      return () => unwatchers.forEach((unwatch) => unwatch());
    },
  };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): T | undefined =>
    typeof value === 'string' && (values as readonly string[]).includes(value)
      ? (value as T)
      : undefined;

const boolean = (value: unknown): boolean | undefined =>
  v.is(v.boolean(), value) ? value : undefined;

/** The user's state (and Missouri area). `null` until they choose one. */
export const region = defineSetting<Region | null>({
  key: 'region',
  fallback: null,
  version: 2,
  migrations: {
    // v1 stored a flat code ("MO", "MO/st-louis", "OUTSIDE_US"); v2 stores an object.
    2: (old) => {
      if (typeof old !== 'string') return old;
      const [state, area] = old.split('/');
      return area ? { state, area } : { state };
    },
  },
  parse: (value) => parseRegion(value) ?? undefined,
});

/** Whether the right-click "Look up" menu item is shown. */
export const lookupEnabled = defineSetting<boolean>({
  key: 'lookupEnabled',
  fallback: true,
  version: 1,
  migrations: {},
  parse: boolean,
});

/** Where a right-click lookup opens: beside the page, or in a new tab. */
export const lookupTarget = defineSetting<LookupTarget>({
  key: 'lookupTarget',
  fallback: 'side-panel',
  version: 1,
  migrations: {},
  parse: oneOf(['side-panel', 'tab'] as const),
});

/** Colour scheme of every page. */
export const theme = defineSetting<Theme>({
  key: 'theme',
  fallback: 'system',
  version: 1,
  migrations: {},
  parse: oneOf(['system', 'light', 'dark'] as const),
});

/** Neutral toolbar icon and title, for a device that may be watched. */
export const discreet = defineSetting<boolean>({
  key: 'discreet',
  fallback: false,
  version: 1,
  migrations: {},
  parse: boolean,
});

export const SETTINGS = [region, lookupEnabled, lookupTarget, theme, discreet] as const;

/**
 * Copy every setting from one area to the other, then clear the source.
 * The source is cleared only after every write succeeded, so nothing is lost.
 */
export async function moveSettings(
  from: StorageAreaName,
  to: StorageAreaName,
  options: { keepExisting?: boolean } = {},
): Promise<void> {
  if (from === to) return;
  const read = async (setting: (typeof SETTINGS)[number], area: StorageAreaName) => {
    const raw = await setting.items[area].getValue().catch(() => null);
    return raw === null ? null : ((setting.parse as (v: unknown) => unknown)(raw) ?? null);
  };
  const values: unknown[] = [];
  for (const setting of SETTINGS) values.push(await read(setting, from));
  for (const [index, setting] of SETTINGS.entries()) {
    const value = values[index];
    if (value === null || value === undefined) continue;
    // Turning sync on in a second browser: the account's values win, ours fill the gaps.
    if (options.keepExisting && (await read(setting, to)) !== null) continue;
    const item = setting.items[to] as WxtStorageItem<unknown, { v: number }>;
    await item.setValue(value);
    await item.setMeta({ v: setting.version });
  }
  for (const setting of SETTINGS) {
    await setting.items[from].removeValue({ removeMeta: true }).catch(() => undefined);
  }
}

/**
 * Turn sync on or off, moving the values with it. If the sync area refuses
 * the values (quota), everything stays local and the error is returned.
 */
export async function setSyncEnabled(enabled: boolean): Promise<SetResult> {
  if (!enabled) {
    await moveSettings('sync', 'local');
    await syncEnabled.setValue(false);
    return { area: 'local' };
  }
  try {
    await moveSettings('local', 'sync', { keepExisting: true });
    await syncEnabled.setValue(true);
    return { area: 'sync' };
  } catch (error) {
    // Local still holds every value. Remove partial copies so nothing is uploaded to the
    // account while the page tells the user their settings stay on this device.
    for (const setting of SETTINGS) {
      await setting.items.sync.removeValue({ removeMeta: true }).catch(() => undefined);
    }
    return { area: 'local', syncError: errorMessage(error) };
  }
}

/** Remove every setting from both areas and turn sync off. */
export async function resetAllSettings(): Promise<void> {
  for (const setting of SETTINGS) {
    for (const area of ['local', 'sync'] as const) {
      await setting.items[area].removeValue({ removeMeta: true }).catch(() => undefined);
    }
  }
  await syncEnabled.setValue(false);
}

/** Every setting read one by one, through the validating (and repairing) `get()`. */
async function readEach() {
  const [r, le, lt, th, di] = await Promise.all([
    region.get(),
    lookupEnabled.get(),
    lookupTarget.get(),
    theme.get(),
    discreet.get(),
  ]);
  return { region: r, lookupEnabled: le, lookupTarget: lt, theme: th, discreet: di };
}

/**
 * The value stored for a setting, when it can be used as it is: a current-version value that
 * parses. Anything else (an old version to migrate, a bad value to repair) is `undefined`.
 */
function usable<T>(setting: Setting<T>, data: Record<string, unknown>): { value: T } | undefined {
  const raw = data[setting.key];
  if (raw === undefined || raw === null) return { value: setting.fallback };
  const meta = data[`${setting.key}$`] as { v?: unknown } | undefined;
  const version = typeof meta?.v === 'number' ? meta.v : 1;
  if (version !== setting.version) return undefined;
  const parsed = setting.parse(raw);
  return parsed === undefined ? undefined : { value: parsed };
}

/**
 * Read every setting at once: pages need several before their first paint. One storage call
 * (two with sync on) instead of three per setting, which is most of a page's wait. A value that
 * needs migrating or repairing takes the careful path, `get()`.
 */
export async function readAll(): Promise<AllSettings> {
  const keys = ['syncEnabled', ...SETTINGS.flatMap((s) => [s.key, `${s.key}$`])];
  let data: Record<string, unknown>;
  try {
    const local: Record<string, unknown> = await browser.storage.local.get(keys);
    const sync = local.syncEnabled;
    if (sync !== undefined && typeof sync !== 'boolean') return await readEach();
    data = sync === true ? await browser.storage.sync.get(keys) : local;
  } catch {
    return readEach();
  }
  const pick = async <T>(setting: Setting<T>): Promise<T> => {
    const stored = usable(setting, data);
    return stored ? stored.value : setting.get();
  };
  const [r, le, lt, th, di] = await Promise.all([
    pick(region),
    pick(lookupEnabled),
    pick(lookupTarget),
    pick(theme),
    pick(discreet),
  ]);
  return { region: r, lookupEnabled: le, lookupTarget: lt, theme: th, discreet: di };
}
export interface AllSettings {
  region: Region | null;
  lookupEnabled: boolean;
  lookupTarget: LookupTarget;
  theme: Theme;
  discreet: boolean;
}

/**
 * Calls back with every setting whenever any changes, in either area. A burst of changes (turning
 * sync on moves every setting) is read once, and an older read never overwrites a newer one.
 */
export function watchAll(cb: (settings: AllSettings) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const request = ++latest;
      void readAll().then((settings) => {
        if (request === latest) cb(settings);
      });
    }, 0);
  };
  const unwatchers = [
    syncEnabled.watch(changed),
    ...SETTINGS.flatMap((setting) => [
      setting.items.local.watch(changed),
      setting.items.sync.watch(changed),
    ]),
  ];
  return () => {
    clearTimeout(timer);
    latest = -1;
    unwatchers.forEach((unwatch) => unwatch());
  };
}
