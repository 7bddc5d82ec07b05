import * as v from 'valibot';
import { LANGUAGE_CHOICES, type LanguageChoice } from './i18n/locales';
import { parseRegion } from './regions';
import type { Region } from './types';

/*
 * Every user setting, defined once: its type, default, schema version with the migrations that
 * bring older stored values up to it, how a stored value is checked, and where it is kept. The
 * storage items, the one-call read, reset, the options page's controls and the privacy list are
 * all derived from this table (utils/settings.ts, entrypoints/options/), so a new setting is a
 * new row here, its control, and its test. Pure data: no browser API, so `content/` may use it.
 */

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const LOOKUP_TARGETS = ['side-panel', 'tab'] as const;
export type LookupTarget = (typeof LOOKUP_TARGETS)[number];

/** Version n's migration turns a version n-1 value into a version n value. */
export type Migrations = Record<number, (old: unknown) => unknown>;

export interface SettingDefinition<T> {
  fallback: T;
  version: number;
  /** One step for every version above 1. */
  migrations: Migrations;
  /** Returns the value when valid, or `undefined`. */
  parse: (value: unknown) => T | undefined;
  /**
   * Where it is kept: 'synced' settings live on this device (`storage.local`), or in the
   * browser account (`storage.sync`) while the user has turned sync on.
   */
  stored: 'synced';
}

const define = <T>(definition: SettingDefinition<T>) => definition;

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): T | undefined =>
    typeof value === 'string' && (values as readonly string[]).includes(value)
      ? (value as T)
      : undefined;

const boolean = (value: unknown): boolean | undefined =>
  v.is(v.boolean(), value) ? value : undefined;

export const SETTING_TABLE = {
  /** The user's state (and Missouri area). `null` until they choose one. */
  region: define<Region | null>({
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
    stored: 'synced',
  }),
  /** Whether the right-click "Look up" menu item is shown. */
  lookupEnabled: define<boolean>({
    fallback: true,
    version: 1,
    migrations: {},
    parse: boolean,
    stored: 'synced',
  }),
  /** Where a right-click lookup opens: beside the page, or in a new tab. */
  lookupTarget: define<LookupTarget>({
    fallback: 'side-panel',
    version: 1,
    migrations: {},
    parse: oneOf(LOOKUP_TARGETS),
    stored: 'synced',
  }),
  /** The language of every page: the browser's, or the reader's choice. */
  language: define<LanguageChoice>({
    fallback: 'browser',
    version: 1,
    migrations: {},
    parse: oneOf(LANGUAGE_CHOICES),
    stored: 'synced',
  }),
  /** Colour scheme of every page. */
  theme: define<Theme>({
    fallback: 'system',
    version: 1,
    migrations: {},
    parse: oneOf(THEMES),
    stored: 'synced',
  }),
  /** Neutral toolbar icon and title, for a device that may be watched. */
  discreet: define<boolean>({
    fallback: false,
    version: 1,
    migrations: {},
    parse: boolean,
    stored: 'synced',
  }),
};

export type SettingKey = keyof typeof SETTING_TABLE;

/** The keys in the table's order (the order pages and the privacy list use). */
export const SETTING_KEYS = Object.keys(SETTING_TABLE) as SettingKey[];

/** Every setting's value. */
export type AllSettings = { [K in SettingKey]: (typeof SETTING_TABLE)[K]['fallback'] };
