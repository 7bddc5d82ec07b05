import { contactNameIn } from '../contacts';
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
export const contactName = contactNameIn({ CONTACT_NAME, nameInSentence });
