import { contactText } from '../contacts';
import type { Contact, Resource } from '../types';
import { CONTACT_NAME } from './ui/common';

// Spanish names take the article of their first word: "la Línea Nacional…", "el Centro…";
// names of organisations kept in English ("Veronica’s Voice") take none.
const FEMININE = /^(línea|oficina|división|coalición|fiscalía|red|organización|campaña)\b/i;
const MASCULINE = /^(centro|departamento|programa|instituto|grupo|proyecto|consejo|servicio)\b/i;

/** The resource's name as it reads inside a Spanish sentence. */
export function nameInSentence(name: string): string {
  const trimmed = name.trim();
  if (FEMININE.test(trimmed)) return `la ${trimmed}`;
  if (MASCULINE.test(trimmed)) return `el ${trimmed}`;
  return trimmed;
}

/** The accessible name of a contact link, in Spanish (see content/contacts.ts). */
export function contactName(resource: Pick<Resource, 'name'>, contact: Contact): string {
  const name = nameInSentence(resource.name);
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
