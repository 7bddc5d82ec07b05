/**
 * A translation kept as data: an "overlay" holds only the words of a content item, in the same
 * shape as the English item, and is laid over it. Everything that is not words (ids, addresses,
 * numbers to dial, kinds, sources) comes from the English item, so a translation cannot change
 * a phone number or drop a citation.
 *
 * Shape rules (the same for extracting English words and applying a translation):
 * - a string is replaced by the overlay's string at the same place;
 * - an array of items that all have an `id` is matched by id (`{ "<id>": … }`), so reordering
 *   the English list does not misalign the translation; other arrays are matched by index, with
 *   `null` for items that hold no words;
 * - keys in FIXED_KEYS are never words; `cite` lists are translated through the source-label
 *   table instead (one label can be cited in many places);
 * - lists in FREE_LISTS (other names of a term, lookup keywords) are replaced whole: Spanish
 *   readers use their own words, not one translation per English word.
 */

/** Lists of words a translation replaces whole, with as many items as it needs. */
export const FREE_LISTS: ReadonlySet<string> = new Set(['aliases', 'keywords']);

/** Keys whose string values are codes, addresses, numbers or names of things: never translated. */
export const FIXED_KEYS: ReadonlySet<string> = new Set([
  'id',
  'url',
  'kind',
  'tone',
  'status',
  'statute',
  'section',
  'purpose',
  'value',
  'vanity',
  'keyword',
  'confidence',
  'checked',
  'citation',
  'sectionId',
  'names',
  'cite',
]);

export type Overlay = string | null | Overlay[] | { [key: string]: Overlay };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const byId = (value: unknown[]): value is { id: string }[] =>
  value.length > 0 && value.every((item) => isRecord(item) && typeof item.id === 'string');

/** The words of an English item, as an overlay to translate (`undefined`: it has none). */
export function extractWords(value: unknown): Overlay | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    if (byId(value)) {
      const out: Record<string, Overlay> = {};
      for (const item of value) {
        const words = extractWords(item);
        if (words !== undefined) out[item.id] = words;
      }
      return Object.keys(out).length > 0 ? out : undefined;
    }
    const out = value.map((item) => extractWords(item));
    return out.some((item) => item !== undefined) ? out.map((item) => item ?? null) : undefined;
  }
  if (isRecord(value)) {
    const out: Record<string, Overlay> = {};
    for (const [key, item] of Object.entries(value)) {
      if (FIXED_KEYS.has(key)) continue;
      const words = extractWords(item);
      if (words !== undefined) out[key] = words;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }
  return undefined;
}

/**
 * The English item with the overlay's words in place. Words the overlay lacks stay English
 * (the completeness test says which), so a gap never breaks a page.
 */
export function applyWords<T>(base: T, overlay: unknown): T {
  if (overlay === undefined || overlay === null) return base;
  if (typeof base === 'string')
    return (typeof overlay === 'string' && overlay ? overlay : base) as T;
  if (Array.isArray(base)) {
    if (byId(base) && isRecord(overlay)) {
      return base.map((item) => applyWords(item, overlay[item.id])) as T;
    }
    if (!Array.isArray(overlay)) return base;
    return base.map((item, i) => applyWords(item, overlay[i])) as T;
  }
  if (isRecord(base) && isRecord(overlay)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(base)) {
      const words = overlay[key];
      out[key] = FIXED_KEYS.has(key)
        ? item
        : FREE_LISTS.has(key) && Array.isArray(words) && words.every((w) => typeof w === 'string')
          ? words
          : applyWords(item, words);
    }
    return out as T;
  }
  return base;
}
