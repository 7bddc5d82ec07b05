import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import {
  SETTING_KEYS,
  SETTING_TABLE,
  type AllSettings,
  type Migrations,
  type SettingDefinition,
  type SettingKey,
} from '@/content/settings';

/*
 * The settings table (content/settings.ts) made into storage. Each setting is a pair of
 * @wxt-dev/storage items (one in `local:`, one in `sync:`) with the same key, fallback, version
 * and migrations; `local:` is used unless the user opts in to sync.
 *
 * Reads are validated: a value of the wrong type, an unknown code or a schema the code cannot
 * migrate yields the fallback, and the stored value is repaired so the next read is clean.
 */

export type { AllSettings } from '@/content/settings';
export type StorageAreaName = 'local' | 'sync';
type Item<T> = WxtStorageItem<T | null, { v: number }>;

export interface Setting<T> {
  readonly key: SettingKey;
  readonly fallback: T;
  readonly version: number;
  readonly migrations: Migrations;
  readonly parse: (value: unknown) => T | undefined;
  /** The two storage items behind the setting. */
  readonly items: Record<StorageAreaName, Item<T>>;
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

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Removes a value and its version, ignoring a storage that refuses. */
const removeStored = (item: Item<unknown>) =>
  item.removeValue({ removeMeta: true }).catch(() => undefined);

/** Writes a value with the version it is in. */
async function write<T>(item: Item<T>, value: T, version: number): Promise<void> {
  await item.setValue(value);
  await item.setMeta({ v: version });
}

function defineSetting<T>(key: SettingKey, spec: SettingDefinition<T>): Setting<T> {
  const make = (area: StorageAreaName): Item<T> =>
    storage.defineItem<T | null, { v: number }>(`${area}:${key}`, {
      fallback: null,
      version: spec.version,
      // Given migrations, @wxt-dev/storage reads the item when it is defined, on every page
      // load and worker start; a first version has nothing to migrate, so it is left out.
      ...(spec.version > 1 ? { migrations: spec.migrations } : {}),
    });
  const items = { local: make('local'), sync: make('sync') };

  async function readFrom(area: StorageAreaName): Promise<T> {
    const item = items[area];
    const raw: unknown = await item.getValue().catch(() => undefined);
    if (raw === null) return spec.fallback;
    const meta = await item.getMeta().catch(() => ({}) as { v?: number | null });
    const parsed = spec.parse(raw);
    // A newer schema than this code knows (a downgrade) cannot be trusted either.
    const tooNew = typeof meta.v === 'number' && meta.v > spec.version;
    if (parsed === undefined || tooNew) {
      // Storage unavailable: the fallback is still returned to the page.
      await removeStored(item);
      return spec.fallback;
    }
    return parsed;
  }

  const get = async () => readFrom(await activeArea());

  return {
    key,
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
          await write(items.sync, value, spec.version);
          return { area };
        } catch (error) {
          // Sync is full or unavailable: keep everything on this device.
          await moveSettings('sync', 'local');
          await syncEnabled.setValue(false);
          await write(items.local, value, spec.version);
          return { area: 'local', syncError: errorMessage(error) };
        }
      }
      await write(items.local, value, spec.version);
      return { area };
    },
    watch(cb) {
      const emit = () => void get().then(cb);
      const unwatchers = [items.local.watch(emit), items.sync.watch(emit), syncEnabled.watch(emit)];
      return () => unwatchers.forEach((unwatch) => unwatch());
    },
  };
}

type SettingMap = { [K in SettingKey]: Setting<AllSettings[K]> };

/** Every setting by key, made from the table. */
export const SETTING = Object.fromEntries(
  SETTING_KEYS.map((key) => [
    key,
    defineSetting(key, SETTING_TABLE[key] as SettingDefinition<unknown>),
  ]),
) as SettingMap;

/** Every setting, in the table's order. */
export const SETTINGS: readonly Setting<unknown>[] = SETTING_KEYS.map((key) => SETTING[key]);

export const { region, lookupEnabled, lookupTarget, language, theme, discreet } = SETTING;

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
  const read = async (setting: Setting<unknown>, area: StorageAreaName) => {
    const raw = await setting.items[area].getValue().catch(() => null);
    return raw === null ? null : (setting.parse(raw) ?? null);
  };
  const values = [];
  for (const setting of SETTINGS) values.push(await read(setting, from));
  for (const [index, setting] of SETTINGS.entries()) {
    const value = values[index];
    if (value === null) continue;
    // Turning sync on in a second browser: the account's values win, ours fill the gaps.
    if (options.keepExisting && (await read(setting, to)) !== null) continue;
    await write(setting.items[to], value, setting.version);
  }
  for (const setting of SETTINGS) await removeStored(setting.items[from]);
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
    for (const setting of SETTINGS) await removeStored(setting.items.sync);
    return { area: 'local', syncError: errorMessage(error) };
  }
}

/** Remove every setting from both areas and turn sync off. */
export async function resetAllSettings(): Promise<void> {
  for (const setting of SETTINGS) {
    for (const area of ['local', 'sync'] as const) await removeStored(setting.items[area]);
  }
  await syncEnabled.setValue(false);
}

/** Builds the settings object from one value per setting, in the table's order. */
const toAll = (values: readonly unknown[]) =>
  Object.fromEntries(SETTING_KEYS.map((key, i) => [key, values[i]])) as AllSettings;

/** Every setting read one by one, through the validating (and repairing) `get()`. */
const readEach = async () => toAll(await Promise.all(SETTINGS.map((s) => s.get())));

/**
 * The value stored for a setting, when it can be used as it is: a current-version value that
 * parses. Anything else (an old version to migrate, a bad value to repair) is `undefined`.
 */
function usable(setting: Setting<unknown>, raw: unknown, meta: { v?: unknown }) {
  if (raw === undefined || raw === null) return { value: setting.fallback };
  const version = typeof meta?.v === 'number' ? meta.v : 1;
  if (version !== setting.version) return undefined;
  const parsed = setting.parse(raw);
  return parsed === undefined ? undefined : { value: parsed };
}

/** Values and versions of every setting in one area, asked for together. */
async function readArea(area: StorageAreaName, withFlag: boolean) {
  const items = SETTINGS.map((s) => s.items[area]);
  const [values, metas] = await Promise.all([
    storage.getItems(withFlag ? [...items, syncEnabled] : items),
    storage.getMetas(items),
  ]);
  return { values: values.map((r) => r.value as unknown), metas: metas.map((m) => m.meta) };
}

/**
 * Read every setting at once: pages need several before their first paint. One round trip to
 * storage (two with sync on) instead of three calls per setting, which is most of a page's
 * wait. A value that needs migrating or repairing takes the careful path, `get()`.
 */
export async function readAll(): Promise<AllSettings> {
  let read: Awaited<ReturnType<typeof readArea>>;
  try {
    read = await readArea('local', true);
    const flag = read.values[SETTINGS.length];
    if (flag !== null && typeof flag !== 'boolean') return await readEach();
    if (flag === true) read = await readArea('sync', false);
  } catch {
    return readEach();
  }
  const values = await Promise.all(
    SETTINGS.map((setting, i) => {
      const stored = usable(setting, read.values[i], read.metas[i] ?? {});
      return stored ? stored.value : setting.get();
    }),
  );
  return toAll(values);
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
