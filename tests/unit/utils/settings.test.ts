import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as settings from '@/utils/settings';
import type { Setting } from '@/utils/settings';

const {
  region,
  lookupEnabled,
  lookupTarget,
  language,
  theme,
  discreet,
  syncEnabled,
  setSyncEnabled,
  resetAllSettings,
  readAll,
  watchAll,
  moveSettings,
  SETTINGS,
} = settings;

/** What is really in an area, bypassing the settings layer. */
async function stored(area: 'local' | 'sync', key: string): Promise<unknown> {
  return (await fakeBrowser.storage[area].get(key))[key];
}

interface Case {
  setting: Setting<unknown>;
  fallback: unknown;
  /** Valid values other than the fallback. */
  good: unknown[];
  /** Values of the wrong type or out of range. */
  bad: unknown[];
}

const CASES: Case[] = [
  {
    setting: region as Setting<unknown>,
    fallback: null,
    good: [
      { state: 'KS' },
      { state: 'MO' },
      { state: 'MO', area: 'st-louis' },
      { state: 'OUTSIDE_US' },
    ],
    bad: [42, true, ['MO'], { state: 42 }],
  },
  {
    setting: lookupEnabled as Setting<unknown>,
    fallback: true,
    good: [false, true],
    bad: ['yes', 0, {}],
  },
  {
    setting: lookupTarget as Setting<unknown>,
    fallback: 'side-panel',
    good: ['tab', 'side-panel'],
    bad: ['window', 7, ''],
  },
  {
    setting: language as Setting<unknown>,
    fallback: 'browser',
    good: ['es', 'en', 'browser'],
    bad: ['fr', 0, 'ES'],
  },
  {
    setting: theme as Setting<unknown>,
    fallback: 'system',
    good: ['dark', 'light', 'system'],
    bad: ['blue', 1, 'DARK'],
  },
  {
    setting: discreet as Setting<unknown>,
    fallback: false,
    good: [true, false],
    bad: [1, 'true', 'on'],
  },
];

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the list of settings', () => {
  it('covers every setting, each with a distinct key', () => {
    expect(SETTINGS.map((s) => s.key)).toEqual([
      'region',
      'lookupEnabled',
      'lookupTarget',
      'language',
      'theme',
      'discreet',
    ]);
    expect(CASES.map((c) => c.setting)).toEqual([...SETTINGS]);
  });
});

describe.each(CASES)('setting "$setting.key"', ({ setting, fallback, good, bad }) => {
  it('returns the fallback when nothing is stored', async () => {
    expect(setting.fallback).toEqual(fallback);
    expect(await setting.get()).toEqual(fallback);
  });

  it.each(good)(
    'round-trips %j through set and get, in local storage with the version',
    async (value) => {
      const result = await setting.set(value);
      expect(result).toEqual({ area: 'local' });
      expect(await setting.get()).toEqual(value);
      expect(await stored('local', setting.key)).toEqual(value);
      expect(await stored('local', `${setting.key}$`)).toEqual({ v: setting.version });
      expect(await stored('sync', setting.key)).toBeUndefined();
    },
  );

  it.each(bad)(
    'wrong type %j: returns the fallback and removes the stored value',
    async (value) => {
      await fakeBrowser.storage.local.set({
        [setting.key]: value,
        [`${setting.key}$`]: { v: setting.version },
      });
      expect(await setting.get()).toEqual(fallback);
      expect(await stored('local', setting.key)).toBeUndefined();
      expect(await stored('local', `${setting.key}$`)).toBeUndefined();
      // The next read is clean and a new value can be saved.
      expect(await setting.get()).toEqual(fallback);
      await setting.set(good[0]);
      expect(await setting.get()).toEqual(good[0]);
    },
  );

  it('a version newer than this code knows: fallback, repaired', async () => {
    await fakeBrowser.storage.local.set({
      [setting.key]: good[0],
      [`${setting.key}$`]: { v: setting.version + 1 },
    });
    expect(await setting.get()).toEqual(fallback);
    expect(await stored('local', setting.key)).toBeUndefined();
    expect(await stored('local', `${setting.key}$`)).toBeUndefined();
  });

  it('bad data in the sync area is repaired too when sync is on', async () => {
    await fakeBrowser.storage.local.set({ syncEnabled: true });
    await fakeBrowser.storage.sync.set({
      [setting.key]: bad[0],
      [`${setting.key}$`]: { v: setting.version },
    });
    expect(await setting.get()).toEqual(fallback);
    expect(await stored('sync', setting.key)).toBeUndefined();
  });

  it('watch calls back with the validated value, and the fallback for bad data', async () => {
    const seen: unknown[] = [];
    const unwatch = setting.watch((value) => seen.push(value));
    await setting.set(good[0]);
    await vi.waitFor(() => expect(seen).toContainEqual(good[0]));
    await fakeBrowser.storage.local.set({ [setting.key]: bad[0] });
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(fallback));
    unwatch();
    const count = seen.length;
    await setting.set(good[1] ?? good[0]);
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toHaveLength(count);
  });
});

describe('region codes', () => {
  it.each([
    { state: 'XX' },
    { state: 'ks' },
    { state: 'KS', area: 'st-louis' },
    { state: 'MO', area: 'nowhere' },
    { state: 'OUTSIDE_US', area: 'kansas-city' },
    {},
  ])('unknown region %j: fallback, repaired', async (value) => {
    await fakeBrowser.storage.local.set({ region: value, region$: { v: 2 } });
    expect(await region.get()).toBeNull();
    expect(await stored('local', 'region')).toBeUndefined();
  });

  it('drops unknown keys from an otherwise valid region', async () => {
    await fakeBrowser.storage.local.set({
      region: { state: 'KS', extra: '<b>x</b>' },
      region$: { v: 2 },
    });
    expect(await region.get()).toEqual({ state: 'KS' });
  });
});

describe('old schema: region v1 (a flat string) migrates at load', () => {
  /** Storage items run their migrations when defined, so load the module after seeding. */
  async function loadFresh(): Promise<typeof settings> {
    vi.resetModules();
    return import('@/utils/settings');
  }

  it.each([
    ['with meta {v:1}', { region: 'MO/st-louis', region$: { v: 1 } }],
    ['with no meta', { region: 'MO/st-louis' }],
  ])('"MO/st-louis" %s becomes {state:"MO", area:"st-louis"}', async (_label, seed) => {
    await fakeBrowser.storage.local.set(seed);
    const fresh = await loadFresh();
    expect(await fresh.region.get()).toEqual({ state: 'MO', area: 'st-louis' });
    expect(await stored('local', 'region')).toEqual({ state: 'MO', area: 'st-louis' });
    expect(await stored('local', 'region$')).toEqual({ v: 2 });
  });

  it.each([
    ['MO', { state: 'MO' }],
    ['KS', { state: 'KS' }],
    ['OUTSIDE_US', { state: 'OUTSIDE_US' }],
  ])('"%s" becomes %j', async (old, expected) => {
    await fakeBrowser.storage.local.set({ region: old, region$: { v: 1 } });
    const fresh = await loadFresh();
    expect(await fresh.region.get()).toEqual(expected);
  });

  it('a v1 string with an unknown code migrates, then fails validation: fallback, repaired', async () => {
    await fakeBrowser.storage.local.set({ region: 'ZZ/somewhere', region$: { v: 1 } });
    const fresh = await loadFresh();
    expect(await fresh.region.get()).toBeNull();
    expect(await stored('local', 'region')).toBeUndefined();
  });

  it('readAll, at the same moment as the migration, gives the migrated value', async () => {
    await fakeBrowser.storage.local.set({ region: 'MO/kansas-city', region$: { v: 1 } });
    const fresh = await loadFresh();
    expect((await fresh.readAll()).region).toEqual({ state: 'MO', area: 'kansas-city' });
    expect(await stored('local', 'region')).toEqual({ state: 'MO', area: 'kansas-city' });
  });

  it('a v1 value in the sync area migrates too', async () => {
    await fakeBrowser.storage.local.set({ syncEnabled: true });
    await fakeBrowser.storage.sync.set({ region: 'MO/kansas-city' });
    const fresh = await loadFresh();
    expect(await fresh.region.get()).toEqual({ state: 'MO', area: 'kansas-city' });
  });

  it('a version newer than known at load: fallback and repaired (no crash)', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ region: { state: 'KS' }, region$: { v: 3 } });
    const fresh = await loadFresh();
    expect(await fresh.region.get()).toBeNull();
    expect(await stored('local', 'region')).toBeUndefined();
    expect(await stored('local', 'region$')).toBeUndefined();
    // @wxt-dev/storage reports the refused downgrade; the page still works.
    expect(logged).toHaveBeenCalled();
  });
});

describe('readAll', () => {
  it('gives every default when storage is empty', async () => {
    expect(await readAll()).toEqual({
      region: null,
      lookupEnabled: true,
      lookupTarget: 'side-panel',
      language: 'browser',
      theme: 'system',
      discreet: false,
    });
  });

  it('gives defaults for bad values and keeps the good ones', async () => {
    await fakeBrowser.storage.local.set({
      region: 'not an object',
      region$: { v: 2 },
      lookupEnabled: false,
      theme: { evil: true },
      discreet: 'yes',
      lookupTarget: 'tab',
      language: 'klingon',
    });
    expect(await readAll()).toEqual({
      region: null,
      lookupEnabled: false,
      lookupTarget: 'tab',
      language: 'browser',
      theme: 'system',
      discreet: false,
    });
  });

  it('reads every setting in one round trip when nothing needs repair', async () => {
    await fakeBrowser.storage.local.set({
      region: { state: 'MO', area: 'st-louis' },
      region$: { v: 2 },
      theme: 'dark',
      lookupTarget: 'tab',
    });
    const localGet = vi.spyOn(fakeBrowser.storage.local, 'get');
    const syncGet = vi.spyOn(fakeBrowser.storage.sync, 'get');
    expect(await readAll()).toEqual({
      region: { state: 'MO', area: 'st-louis' },
      lookupEnabled: true,
      lookupTarget: 'tab',
      language: 'browser',
      theme: 'dark',
      discreet: false,
    });
    // The values and their versions, asked for together (storage.getItems and getMetas), never
    // one setting at a time.
    expect(localGet).toHaveBeenCalledTimes(2);
    for (const [keys] of localGet.mock.calls) expect((keys as string[]).length).toBeGreaterThan(4);
    expect(syncGet).not.toHaveBeenCalled();
  });

  it('repairs a bad value it reads at once, so the next read is clean', async () => {
    await fakeBrowser.storage.local.set({ theme: 42, discreet: true });
    expect((await readAll()).theme).toBe('system');
    expect(await stored('local', 'theme')).toBeUndefined();
    expect(await stored('local', 'discreet')).toBe(true);
  });

  it('refuses a value from a newer version than it knows', async () => {
    await fakeBrowser.storage.local.set({ theme: 'dark', theme$: { v: 9 } });
    expect((await readAll()).theme).toBe('system');
  });

  it('with sync on, reads the sync area and not the local copies', async () => {
    await fakeBrowser.storage.local.set({ syncEnabled: true, theme: 'light' });
    await fakeBrowser.storage.sync.set({ theme: 'dark', discreet: true });
    expect(await readAll()).toMatchObject({ theme: 'dark', discreet: true });
  });

  it('falls back to reading one by one when the batch read fails', async () => {
    await fakeBrowser.storage.local.set({ theme: 'dark' });
    const real = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation((keys) =>
      Array.isArray(keys) && keys.length > 1 ? Promise.reject(new Error('busy')) : real(keys),
    );
    expect((await readAll()).theme).toBe('dark');
  });

  it('a broken syncEnabled flag means local, and is repaired', async () => {
    await fakeBrowser.storage.local.set({ syncEnabled: 'yes', theme: 'dark' });
    expect((await readAll()).theme).toBe('dark');
    expect(await stored('local', 'syncEnabled')).toBe(false);
  });
});

describe('watchAll', () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

  it('reads a burst of changes once, with the final values', async () => {
    await theme.set('dark');
    await region.set({ state: 'KS' });
    const seen = vi.fn();
    const unwatch = watchAll(seen);
    // Turning sync on moves every setting: many storage events, one read.
    await setSyncEnabled(true);
    await settle();
    expect(seen).toHaveBeenCalledTimes(1);
    expect(seen.mock.calls[0]![0]).toMatchObject({ theme: 'dark', region: { state: 'KS' } });
    await discreet.set(true);
    await settle();
    expect(seen).toHaveBeenCalledTimes(2);
    expect(seen.mock.calls[1]![0]).toMatchObject({ discreet: true });
    unwatch();
    await theme.set('light');
    await settle();
    expect(seen).toHaveBeenCalledTimes(2);
  });
});

describe('sync (opt-in)', () => {
  it('is off by default', async () => {
    expect(await syncEnabled.getValue()).toBe(false);
  });

  it('turning it on moves every value to sync and clears local', async () => {
    await region.set({ state: 'MO', area: 'st-louis' });
    await theme.set('dark');
    await discreet.set(true);
    expect(await setSyncEnabled(true)).toEqual({ area: 'sync' });
    expect(await syncEnabled.getValue()).toBe(true);
    expect(await stored('sync', 'region')).toEqual({ state: 'MO', area: 'st-louis' });
    expect(await stored('sync', 'region$')).toEqual({ v: 2 });
    expect(await stored('sync', 'theme')).toBe('dark');
    expect(await stored('sync', 'discreet')).toBe(true);
    for (const key of ['region', 'region$', 'theme', 'theme$', 'discreet', 'discreet$']) {
      expect(await stored('local', key), key).toBeUndefined();
    }
    // Settings not set stay unset: nothing extra is written to the account.
    expect(await stored('sync', 'lookupEnabled')).toBeUndefined();
    expect(await readAll()).toMatchObject({
      region: { state: 'MO', area: 'st-louis' },
      theme: 'dark',
      discreet: true,
    });
  });

  it('new values go to sync while it is on', async () => {
    await setSyncEnabled(true);
    expect(await lookupTarget.set('tab')).toEqual({ area: 'sync' });
    expect(await stored('sync', 'lookupTarget')).toBe('tab');
    expect(await stored('local', 'lookupTarget')).toBeUndefined();
  });

  it('turning it off moves the values back to local and clears sync', async () => {
    await setSyncEnabled(true);
    await region.set({ state: 'KS' });
    await lookupEnabled.set(false);
    expect(await setSyncEnabled(false)).toEqual({ area: 'local' });
    expect(await syncEnabled.getValue()).toBe(false);
    expect(await stored('local', 'region')).toEqual({ state: 'KS' });
    expect(await stored('local', 'lookupEnabled')).toBe(false);
    expect(await stored('sync', 'region')).toBeUndefined();
    expect(await stored('sync', 'lookupEnabled')).toBeUndefined();
    expect(await region.get()).toEqual({ state: 'KS' });
  });

  it('when sync refuses a write (quota), set keeps the value locally, turns sync off and reports it', async () => {
    await region.set({ state: 'MO' });
    await setSyncEnabled(true);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES_PER_ITEM quota exceeded'),
    );
    const result = await theme.set('dark');
    expect(result.area).toBe('local');
    expect(result.syncError).toMatch(/quota/i);
    expect(await syncEnabled.getValue()).toBe(false);
    expect(await stored('local', 'theme')).toBe('dark');
    // What was in sync came back to this device.
    expect(await stored('local', 'region')).toEqual({ state: 'MO' });
    expect(await stored('sync', 'region')).toBeUndefined();
    expect(await readAll()).toMatchObject({ region: { state: 'MO' }, theme: 'dark' });
  });

  it('when sync refuses the move, setSyncEnabled(true) reports it and everything stays local', async () => {
    await region.set({ state: 'KS' });
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    const result = await setSyncEnabled(true);
    expect(result.area).toBe('local');
    expect(result.syncError).toMatch(/quota/i);
    expect(await syncEnabled.getValue()).toBe(false);
    expect(await stored('local', 'region')).toEqual({ state: 'KS' });
    expect(await region.get()).toEqual({ state: 'KS' });
  });

  it('when the move fails partway, no partial copy is left in sync to be uploaded', async () => {
    await region.set({ state: 'KS' });
    await theme.set('dark');
    const realSet = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    let writes = 0;
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items) => {
      writes += 1;
      if (writes > 2) throw new Error('QUOTA_BYTES quota exceeded');
      return realSet(items);
    });
    const result = await setSyncEnabled(true);
    expect(result.syncError).toMatch(/quota/i);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(await stored('local', 'region')).toEqual({ state: 'KS' });
    expect(await stored('local', 'theme')).toBe('dark');
  });

  it('turning sync on in a second browser keeps the account’s values and fills the gaps', async () => {
    await fakeBrowser.storage.sync.set({ region: { state: 'MO', area: 'st-louis' } });
    await region.set({ state: 'KS' });
    await theme.set('dark');
    await setSyncEnabled(true);
    expect(await region.get()).toEqual({ state: 'MO', area: 'st-louis' });
    expect(await theme.get()).toBe('dark');
    expect(await stored('local', 'region')).toBeUndefined();
  });

  it('moveSettings does not carry bad values across', async () => {
    await fakeBrowser.storage.local.set({ theme: 'blue', discreet: true });
    await moveSettings('local', 'sync');
    expect(await stored('sync', 'theme')).toBeUndefined();
    expect(await stored('sync', 'discreet')).toBe(true);
    expect(await stored('local', 'theme')).toBeUndefined();
  });
});

describe('resetAllSettings', () => {
  it('removes every setting from both areas and turns sync off', async () => {
    await region.set({ state: 'KS' });
    await lookupEnabled.set(false);
    await setSyncEnabled(true);
    await theme.set('dark');
    await lookupTarget.set('tab');
    await discreet.set(true);
    // A stray copy left in local (e.g. from an older version) goes too.
    await fakeBrowser.storage.local.set({ region: { state: 'MO' } });

    await resetAllSettings();

    expect(await syncEnabled.getValue()).toBe(false);
    for (const setting of SETTINGS) {
      for (const area of ['local', 'sync'] as const) {
        expect(await stored(area, setting.key), `${area}:${setting.key}`).toBeUndefined();
        expect(await stored(area, `${setting.key}$`), `${area}:${setting.key}$`).toBeUndefined();
      }
    }
    expect(await readAll()).toEqual({
      region: null,
      lookupEnabled: true,
      lookupTarget: 'side-panel',
      language: 'browser',
      theme: 'system',
      discreet: false,
    });
  });
});
