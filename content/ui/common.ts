import { CONTENT_REVIEWED } from '../sources';
import type { Confidence, ContactKind } from '../types';

/*
 * Strings every page shares. Kept here, not in components, so wording about
 * safety ("Call 911", "Not legal advice") is written once and reads the same
 * everywhere.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * "2026-11-28" → "November 28, 2026". Done by hand rather than with Intl so the
 * date reads the same in every browser locale and in tests.
 */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const name = MONTHS[Number(month) - 1];
  return name ? `${name} ${Number(day)}, ${year}` : iso;
}

export { APP_TITLE, DISCREET_TITLE } from './titles';

export const EMERGENCY = {
  question: 'In immediate danger?',
  action: 'Call 911',
  number: '911',
  /** For a label around the line. */
  label: 'Emergency',
} as const;

export const NOT_LEGAL_ADVICE = 'Not legal advice';
export const LAST_REVIEWED = `Last reviewed ${formatDate(CONTENT_REVIEWED)}`;
export const FOOTER_NOTE =
  'General information about the law, with sources. For your own situation, talk to a lawyer.';

/** A line drawn as a row: its main number in a few words (the options preview). */
export const LINE_ROW = {
  /** For a line with no phone number in the data. */
  noNumber: 'no phone number listed',
  text: (value: string) => `text ${value}`,
  tty: (value: string) => `TTY ${value}`,
} as const;

export const QUICK_EXIT = {
  label: 'Quick exit',
  hint: 'or press Esc twice',
} as const;

export const COPY = {
  button: 'Copy',
  done: 'Copied',
  /** Announced to screen readers after a copy. */
  announced: (value: string) => `Copied ${value}`,
  /** When the clipboard is refused: the text is selected for the user instead. */
  selected: 'Selected: press Ctrl+C to copy',
  selectedAnnounced: (value: string) => `${value} selected. Press Control C to copy.`,
  failed: 'Could not copy',
} as const;

export const SOURCE = {
  one: 'Source',
  many: 'Sources',
  /** Accessible name of a compact source link: its visible text, then what the source is. */
  linkName: (shown: string, label: string) =>
    shown === 'Source' ? `Source: ${label}` : `Source ${shown}: ${label}`,
  newTab: '(opens in a new tab)',
} as const;

/** How sure a source is, in words, shown after it everywhere; primary sources need no note. */
export const CONFIDENCE_WORDS: Record<Confidence, string | null> = {
  primary: null,
  'bill-text': 'bill text',
  secondary: 'unofficial source',
  unverified: 'not confirmed',
};

/** How sure a source is, in words, or null when it is primary or its label already says so. */
export function confidenceWords(c: { label: string; confidence: Confidence }): string | null {
  const words = CONFIDENCE_WORDS[c.confidence];
  return words && !c.label.toLowerCase().includes(words) ? words : null;
}

/** Short visible labels in front of each contact. */
export const CONTACT_KIND: Record<ContactKind, string> = {
  call: 'Call',
  text: 'Text',
  chat: 'Chat',
  tty: 'TTY',
  web: 'Web',
};

/** Accessible names of contact links, e.g. "Call the X, 1-888-…". */
export const CONTACT_NAME = {
  call: (name: string, value: string) => `Call ${name}, ${value}`,
  text: (name: string, value: string, keyword?: string) =>
    keyword ? `Text ${keyword} to ${name} at ${value}` : `Text ${name} at ${value}`,
  chat: (name: string, shown: string) => `Chat online with ${name}, ${shown}`,
  tty: (name: string, value: string) => `TTY: dial ${value} for ${name}`,
  web: (name: string, shown: string) => `Open the website of ${name}, ${shown}`,
} as const;

/** e.g. "send HELP", shown after a text number. */
export const TEXT_KEYWORD = (keyword: string) => `send “${keyword}”`;

export const RESOURCE = {
  hours: 'Hours',
  languages: 'Languages',
  /** Put in front of a qualifier so it reads as a caution, e.g. "Check: phone number may be out of date". */
  check: 'Check:',
} as const;

export const REGION = {
  showing: 'Showing resources for',
  change: 'Change',
  /** Completes "Change" for screen readers: "Change region". */
  changeHidden: ' region',
  national: 'Showing national resources.',
  prompt: 'Set your state for local lines',
  set: 'Set region',
} as const;
