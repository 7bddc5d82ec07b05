import { LOOKUP_COMMAND, OPEN_POPUP_COMMAND } from '../commands';
import type { LanguageChoice } from '../i18n/locales';
import { regionLabel } from '../regions';
import type { AllSettings, LookupTarget, SettingKey, Theme } from '../settings';
import type { Region } from '../types';

/*
 * Every string the options page shows. Privacy wording here must match what
 * the code really does (utils/settings.ts, utils/lookup-stash.ts, the
 * manifest): change them together.
 */

export const PAGE = {
  /** The tab title when discreet mode is off (discreet mode uses DISCREET_TITLE). */
  title: 'Settings: Missouri trafficking law guide',
  heading: 'Settings',
  /** Under the heading; the discreet page leaves it out. */
  subheading: 'Missouri trafficking law guide',
  autosave: 'Changes save as you make them.',
} as const;

export const WELCOME = {
  heading: 'Welcome',
  what: 'This guide explains Missouri’s sex-trafficking law in plain words, with sources, and shows the right number to call.',
  ask: 'Choose your region so we can show the right lines.',
  privacy: 'Your choice stays in this browser. Nothing is sent anywhere.',
  saved: 'Saved. You can close this tab.',
} as const;

export const REGION_PICKER = {
  heading: 'Your region',
  stateLabel: 'Region: your state',
  notSet: 'Not set: show national lines',
  areaLabel: 'Missouri area (optional)',
  allOfMissouri: 'All of Missouri',
  countiesIntro: 'Counties:',
  help: 'Used only to choose which phone lines to show. It stays in this browser.',
} as const;

export const PREVIEW = {
  heading: 'Lines the toolbar button will show',
  headingFor: (label: string) => `Lines the toolbar button will show for ${label}`,
  headingNational: 'Lines the toolbar button will show (national)',
} as const;

export const LOOKUP = {
  heading: 'Right-click lookup',
  enabledLabel: 'Show “Look up” when I right-click selected text',
  enabledHelp:
    'Select a word on any page, right-click, and look it up here. Turning this off removes the menu item.',
  targetLegend: 'Where lookups open',
  targets: {
    'side-panel': 'Beside the page (side panel)',
    tab: 'In a new tab',
  } satisfies Record<LookupTarget, string>,
  targetHelp:
    'The side panel is used when your browser has one. If it does not, lookups open in a new tab.',
  disabledNote:
    'Right-click lookup is off, so this choice has no effect until you turn it back on.',
} as const;

export const LANGUAGE = {
  heading: 'Language',
  legend: 'Language of the guide',
  /** Each language by its own name, so a reader finds theirs whatever the page's language. */
  choices: {
    browser: 'Same as my browser',
    en: 'English',
    es: 'Español',
  } satisfies Record<LanguageChoice, string>,
  help: 'Every open page of the guide changes at once.',
} as const;

export const APPEARANCE = {
  heading: 'Appearance',
  themeLegend: 'Theme',
  themes: {
    system: 'Same as my device',
    light: 'Light',
    dark: 'Dark',
  } satisfies Record<Theme, string>,
} as const;

export const DISCREET = {
  heading: 'Discreet mode',
  label: 'Use discreet mode',
  help: 'Shows a plain toolbar icon and the title “Quick reference” instead of the guide’s name.',
  limits:
    'It does not hide everything: the extension’s name still shows in the browser’s list of extensions and its menus, and your browser history still records the pages you visit.',
} as const;

export const SYNC = {
  heading: 'Sync',
  label: 'Sync my settings across my browsers',
  help: 'Off by default. When on, your browser’s own sync (run by the browser maker, such as Google or Mozilla) stores your region and these settings in your browser account, so your other signed-in browsers get them. Nothing else is ever sent.',
  on: 'Sync is on. Your region and settings are stored in your browser account.',
  off: 'Sync is off. Your settings stay on this device.',
  failed: 'Sync is not available right now, so your settings stay on this device.',
} as const;

/** How the privacy list names each stored setting (every setting in content/settings.ts). */
export const STORED_NAMES: Record<SettingKey, string> = {
  region: 'your region',
  lookupEnabled: 'right-click lookup',
  lookupTarget: 'where lookups open',
  language: 'language',
  theme: 'theme',
  discreet: 'discreet mode',
};

export const PRIVACY = {
  heading: 'Privacy',
  /** The first line, built from the settings table so it names every stored setting. */
  stored: (names: readonly string[]) => `What is stored: ${[...names, 'sync'].join(', ')}.`,
  items: [
    'Where: in this browser’s local extension storage, or in your browser account if you turn sync on.',
    'Text you right-click is kept only in memory until the explainer opens, then it is cleared. It is never put in a web address.',
    '“Explain this page” and the look-up shortcut read the page you are on only when you use them. The text is read on this device, is never saved or sent, and is gone when you close the view.',
    'Nothing leaves this device: the extension makes no network requests and has no analytics.',
  ],
} as const;

/** The keyboard shortcuts as this browser has them, and how to change them. */
export const SHORTCUTS = {
  heading: 'Keyboard shortcuts',
  intro: 'Use the guide without a mouse. These are the shortcuts set in this browser:',
  notSet: 'Not set',
  names: {
    [OPEN_POPUP_COMMAND]: 'Open the guide',
    [LOOKUP_COMMAND]: 'Look up the selected text',
  } as Record<string, string>,
  changeChrome:
    'To change them in Chrome, Edge or Chromium, open chrome://extensions/shortcuts (Extensions menu, then Keyboard shortcuts).',
  openChrome: 'Open the shortcut settings',
  changeFirefox:
    'To change them in Firefox, open about:addons, choose the gear button, then Manage Extension Shortcuts.',
  openFirefox: 'Open the shortcut settings',
  unavailable: 'This browser did not list the shortcuts.',
} as const;

export const RESET = {
  heading: 'Reset',
  button: 'Reset all settings',
  question: 'Reset every setting to its default? Your region is cleared and sync is turned off.',
  confirm: 'Yes, reset',
  cancel: 'Cancel',
  done: 'All settings are back to their defaults.',
} as const;

/** What the polite live region says after a save. */
export const SAVED = {
  region: (region: Region | null) =>
    region ? `Saved: Region is ${regionLabel(region)}` : 'Saved: Region is not set',
  lookupEnabled: (on: boolean) => `Saved: Right-click lookup is ${on ? 'on' : 'off'}`,
  lookupTarget: (target: LookupTarget) =>
    `Saved: Lookups open ${target === 'tab' ? 'in a new tab' : 'beside the page'}`,
  language: (choice: LanguageChoice) =>
    `Saved: Language is ${choice === 'browser' ? 'the same as your browser' : LANGUAGE.choices[choice]}`,
  theme: (theme: Theme) =>
    `Saved: Theme is ${theme === 'system' ? 'the same as your device' : theme}`,
  discreet: (on: boolean) => `Saved: Discreet mode is ${on ? 'on' : 'off'}`,
} satisfies { [K in SettingKey]: (value: AllSettings[K]) => string };

export const SAVE_FAILED = 'Could not save that change. Please try again.';
