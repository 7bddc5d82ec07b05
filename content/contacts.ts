import type { Contact, Resource } from './types';
import type { Widen } from './i18n/widen';
import { CONTACT_NAME } from './ui/common';

/*
 * Turns a contact from the data into a link and an accessible name. Pure: the
 * displayed value stays exactly as in the data; only the href is normalised.
 */

const KEYPAD: Record<string, string> = {
  a: '2',
  b: '2',
  c: '2',
  d: '3',
  e: '3',
  f: '3',
  g: '4',
  h: '4',
  i: '4',
  j: '5',
  k: '5',
  l: '5',
  m: '6',
  n: '6',
  o: '6',
  p: '7',
  q: '7',
  r: '7',
  s: '7',
  t: '8',
  u: '8',
  v: '8',
  w: '9',
  x: '9',
  y: '9',
  z: '9',
};

/** Looks like a phone number: starts with a digit, "+" or "(", only dialling characters. */
const PHONE_LIKE = /^[+(]?\d[\dA-Za-z ().+-]*$/;

/** The digits a caller dials; letters (1-800-THE-LOST) map to the keypad. */
function dialDigits(value: string): string {
  if (!PHONE_LIKE.test(value.trim())) return '';
  let digits = '';
  for (const ch of value.toLowerCase()) {
    if (ch >= '0' && ch <= '9') digits += ch;
    else if (KEYPAD[ch]) digits += KEYPAD[ch];
  }
  return digits;
}

/**
 * A North American number gets +1 so it dials the same from any phone;
 * short codes and 911/711 stay as they are.
 */
function dialString(value: string): string {
  const digits = dialDigits(value);
  if (digits.length === 10) return `+1${digits}`;
  if (digits.length === 11 && digits.startsWith('1')) return `+${digits}`;
  return digits;
}

function httpsUrl(value: string): string | null {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The href of a contact: tel:, sms: (with the keyword as the message body) or
 * an https address. Null when the data cannot make a safe, working link.
 */
export function contactHref(contact: Contact): string | null {
  switch (contact.kind) {
    case 'call':
    case 'tty': {
      const dial = dialString(contact.value);
      return dial ? `tel:${dial}` : null;
    }
    case 'text': {
      const dial = dialString(contact.value);
      if (!dial) return null;
      return contact.keyword
        ? `sms:${dial}?body=${encodeURIComponent(contact.keyword)}`
        : `sms:${dial}`;
    }
    case 'chat':
    case 'web':
      return httpsUrl(contact.value);
  }
}

/** An https address as a reader would say it: "tips.fbi.gov", "thehotline.org/chat". */
export function displayUrl(value: string): string {
  return value
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/$/, '');
}

/** What a contact link shows: numbers as in the data, addresses without the scheme. */
export function contactText(contact: Contact): string {
  if (contact.kind === 'chat' || contact.kind === 'web') return displayUrl(contact.value);
  // "1-800-799-SAFE (7233)" already shows the digits: show it as the fact sheet writes it.
  if (contact.vanity && showsVanityOnly(contact.vanity)) return contact.vanity;
  return contact.value;
}

/** A letters form that carries its own digits, e.g. "1-800-656-HOPE (4673)". */
export function showsVanityOnly(vanity: string): boolean {
  return /\(\d{3,}\)/.test(vanity);
}

// Names like "National Human Trafficking Hotline" read with "the"; names like
// "Veronica's Voice" or "FBI tips" do not.
const TAKES_THE =
  /\b(hotline|line|tipline|cybertipline|division|department|center|centre|office|coalition|collaborative|institute|task force|program|patrol|bureau)\b/i;

/** The resource's name as it reads inside a sentence. */
export function nameInSentence(name: string): string {
  const trimmed = name.trim();
  if (/^the\s/i.test(trimmed)) return `the ${trimmed.slice(4)}`;
  return TAKES_THE.test(trimmed) ? `the ${trimmed}` : trimmed;
}

/** The words an accessible contact name is built with, in one language. */
export interface ContactWords {
  CONTACT_NAME: Widen<typeof CONTACT_NAME>;
  nameInSentence: (name: string) => string;
}

/**
 * The accessible name of a contact link: what happens when it is activated,
 * and to whom. It always contains the link's visible text.
 */
export const contactName = contactNameIn({ CONTACT_NAME, nameInSentence });

/** `contactName` in the language of the given words. */
export function contactNameIn({ CONTACT_NAME, nameInSentence }: ContactWords) {
  return (resource: Pick<Resource, 'name'>, contact: Contact): string =>
    nameOf(CONTACT_NAME, nameInSentence(resource.name), contact);
}

function nameOf(CONTACT_NAME: ContactWords['CONTACT_NAME'], name: string, contact: Contact) {
  switch (contact.kind) {
    case 'call':
      return CONTACT_NAME.call(name, contact.value);
    case 'text':
      return CONTACT_NAME.text(name, contact.value, contact.keyword);
    case 'chat':
      return CONTACT_NAME.chat(name, contactText(contact));
    case 'tty':
      return CONTACT_NAME.tty(name, contact.value);
    case 'web':
      return CONTACT_NAME.web(name, contactText(contact));
  }
}
