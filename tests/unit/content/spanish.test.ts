import { describe, expect, it } from 'vitest';
import { AREA_DESCRIPTIONS, AREA_NOTES } from '@/content/areas';
import { SPANISH } from '@/content/es';
import { SECTION_WORDS, SPANISH_KNOWLEDGE } from '@/content/es/knowledge';
import areaWords from '@/content/es/data/areas.json';
import faqWords from '@/content/es/data/faqs.json';
import glossaryWords from '@/content/es/data/glossary.json';
import statuteWords from '@/content/es/data/statutes.json';
import { VOCABULARY } from '@/content/es/vocabulary';
import { ENGLISH } from '@/content/i18n/english';
import * as explainerText from '@/content/ui/explainer';
import * as optionsText from '@/content/ui/options';
import * as popupText from '@/content/ui/popup';
import { ENGLISH_KNOWLEDGE } from '@/content/i18n/english-knowledge';
import { splitEnglishNames } from '@/content/i18n/english-names';
import { extractWords, FIXED_KEYS } from '@/content/i18n/overlay';
import { STATE_CODES, OUTSIDE_US, MISSOURI_AREAS, type Region } from '@/content/types';

/*
 * The Spanish guide is whole, says the same facts, and speaks one vocabulary. Each English item
 * and its Spanish counterpart are walked side by side: every string the reader sees must be
 * there in Spanish, not empty, not left in English, and with the same numbers.
 */

/** Strings that are the same in both languages: names of organisations, codes, acronyms. */
const SAME_IN_BOTH =
  /^(?:[\p{Lu}\d][\p{L}\d’'.&()/:–-]*(?:\s+(?:of|the|and|for|at|in|on|a|de|[\p{Lu}\d(][\p{L}\d’'.&()/:–-]*))*|[\d\s()+.-]+|Chat|Web|TTY)$/u;

interface Pair {
  path: string;
  en: string;
  es: string;
}

/** Every visible string of `en`, with the string at the same place in `es`. */
function pairs(en: unknown, es: unknown, path = '$'): Pair[] {
  if (typeof en === 'string') return [{ path, en, es: typeof es === 'string' ? es : '' }];
  if (typeof en === 'function') {
    // Interface phrases built from values: compare them on sample values.
    const sample = ['X', 'Y', 'Z'];
    try {
      return pairs(
        (en as (...a: string[]) => unknown)(...sample),
        (es as (...a: string[]) => unknown)(...sample),
        `${path}()`,
      );
    } catch {
      return [];
    }
  }
  if (Array.isArray(en)) {
    if (/\.(aliases|keywords)$/.test(path)) return [];
    return en.flatMap((item, i) =>
      pairs(item, (es as unknown[] | undefined)?.[i], `${path}[${i}]`),
    );
  }
  if (en && typeof en === 'object') {
    return Object.entries(en).flatMap(([key, item]) =>
      FIXED_KEYS.has(key) || key === 'locale'
        ? []
        : pairs(item, (es as Record<string, unknown> | undefined)?.[key], `${path}.${key}`),
    );
  }
  return [];
}

/** English glue words left once quoted names and proper names are set aside. */
function englishWords(text: string): number {
  const rest = outsideEnglish(text)
    // Proper names kept in English ("Coalition of the Ozarks", "Veronica’s Voice").
    .replace(/\p{Lu}[\p{L}’'.-]*(?:\s+(?:of|the|and|for|at|in|on|\p{Lu}[\p{L}’'.-]*))*/gu, ' ');
  return (rest.match(/\b(?:the|and|is|are|with|you|your|this|that|for|to|of|it|or|not)\b/g) ?? [])
    .length;
}

const numbers = (text: string) => (text.match(/\d+/g) ?? []).sort().join(' ');
const outsideEnglish = (text: string) => text.replace(/“[^”]*”/g, ' ');

const REGIONS: (Region | null)[] = [
  null,
  { state: OUTSIDE_US },
  { state: 'MO' },
  ...MISSOURI_AREAS.map((area): Region => ({ state: 'MO', area })),
  ...STATE_CODES.filter((c) => c !== 'MO').map((state): Region => ({ state })),
];

const ALL: Pair[] = [
  ...pairs(ENGLISH.ui, SPANISH.ui, 'ui'),
  // Each page's own strings: English pages import theirs; Spanish has them all.
  ...pairs(
    { explainer: explainerText, options: optionsText, popup: popupText },
    SPANISH.pageUi,
    'pageUi',
  ),
  ...pairs(ENGLISH_KNOWLEDGE.sections, SPANISH_KNOWLEDGE.sections, 'sections'),
  ...pairs(ENGLISH.faqs, SPANISH.faqs, 'faqs'),
  ...pairs(ENGLISH_KNOWLEDGE.glossary, SPANISH_KNOWLEDGE.glossary, 'glossary'),
  ...pairs(ENGLISH_KNOWLEDGE.statutes, SPANISH_KNOWLEDGE.statutes, 'statutes'),
  ...pairs(ENGLISH.regions, SPANISH.regions, 'regions'),
  ...REGIONS.flatMap((r) =>
    pairs(ENGLISH.resourcesFor(r), SPANISH.resourcesFor(r), `lines(${JSON.stringify(r)})`),
  ),
];

describe('the Spanish guide', () => {
  it('has every string in Spanish, none empty', () => {
    expect(ALL.length).toBeGreaterThan(2000);
    expect(ALL.filter((p) => !p.es.trim()).map((p) => p.path)).toEqual([]);
  });

  it('leaves nothing in English but names, codes and numbers', () => {
    const left = ALL.filter((p) => p.en === p.es && !SAME_IN_BOTH.test(p.en));
    expect(left.map((p) => `${p.path}: ${p.en}`)).toEqual([]);
  });

  it('is written in Spanish: no English sentence outside the quoted official names', () => {
    const english = ALL.filter((p) => englishWords(p.es) >= 2);
    expect(english.map((p) => `${p.path}: ${p.es}`)).toEqual([]);
  });

  it('quotes in “…” only English names (pages mark them lang="en")', () => {
    const quoted = ALL.flatMap((p) =>
      splitEnglishNames(p.es)
        .filter((part) => part.english)
        .map((part) => ({ path: p.path, text: part.text })),
    );
    expect(quoted.length).toBeGreaterThan(50);
    // Spanish words quoted by mistake would carry Spanish letters.
    expect(quoted.filter((q) => /[ñáéíóú¿¡]/i.test(q.text))).toEqual([]);
  });

  it('says the same numbers (ages, years, amounts, statutes, phone numbers)', () => {
    const differ = ALL.filter((p) => numbers(p.en) !== numbers(p.es));
    expect(differ.map((p) => `${p.path}: [${numbers(p.en)}] ≠ [${numbers(p.es)}]`)).toEqual([]);
  });

  it('names every source in Spanish, and keeps the sources themselves', () => {
    const labels = new Set<string>();
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        const v = value as Record<string, unknown>;
        if (typeof v.label === 'string' && typeof v.url === 'string' && 'confidence' in v) {
          labels.add(v.label);
        }
        Object.values(v).forEach(walk);
      }
    };
    // Other states' lines are built in Spanish with their sources' labels (content/es/ui).
    const missouri = REGIONS.filter(
      (r) => r === null || r.state === 'MO' || r.state === OUTSIDE_US,
    );
    walk([ENGLISH_KNOWLEDGE, ENGLISH.faqs, missouri.map((r) => ENGLISH.resourcesFor(r))]);
    const missing = [...labels].filter(
      (label) => SPANISH.sourceLabel(label) === label && !SAME_IN_BOTH.test(label),
    );
    expect(missing).toEqual([]);
    // Same citations, same places: the overlay cannot change a source.
    expect(
      JSON.stringify(
        SPANISH_KNOWLEDGE.sections.map((s) => s.blocks.map((b) => 'cite' in b && b.cite)),
      ),
    ).toBe(
      JSON.stringify(
        ENGLISH_KNOWLEDGE.sections.map((s) => s.blocks.map((b) => 'cite' in b && b.cite)),
      ),
    );
  });

  it('keeps no words for places the English no longer has (overlays match the English shape)', () => {
    // applyWords ignores a stale place, so a removed or moved English string would leave its
    // translation behind unseen: the overlay files must hold exactly the English item's places.
    const places = (overlay: unknown, path = '$'): string[] => {
      if (typeof overlay === 'string' || overlay === null) return [path];
      if (/\.(aliases|keywords)$/.test(path)) return [path];
      if (Array.isArray(overlay)) return overlay.flatMap((o, i) => places(o, `${path}[${i}]`));
      if (typeof overlay === 'object') {
        return Object.entries(overlay).flatMap(([k, o]) => places(o, `${path}.${k}`));
      }
      return [];
    };
    const pairsOfFiles: [string, unknown, unknown][] = [
      ...ENGLISH_KNOWLEDGE.sections.map(
        (s) => [`sections/${s.id}`, s, SECTION_WORDS[s.id]] as [string, unknown, unknown],
      ),
      ['faqs', ENGLISH.faqs, faqWords],
      ['glossary', ENGLISH_KNOWLEDGE.glossary, glossaryWords],
      ['statutes', ENGLISH_KNOWLEDGE.statutes, statuteWords],
      ['areas', { AREA_DESCRIPTIONS, AREA_NOTES }, areaWords],
    ];
    for (const [name, english, spanish] of pairsOfFiles) {
      expect(places(spanish).sort(), name).toEqual(places(extractWords(english)).sort());
    }
  });

  it('uses one vocabulary: never a word the term list says to avoid', () => {
    const uses: string[] = [];
    for (const { path, es } of ALL) {
      for (const entry of VOCABULARY) {
        for (const word of entry.avoid) {
          const re = new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'iu');
          if (re.test(outsideEnglish(es))) uses.push(`${path}: "${word}" (use "${entry.es}")`);
        }
      }
    }
    expect(uses).toEqual([]);
  });
});

/** Syllables of a Spanish word: vowel groups, with two strong vowels side by side split apart. */
function syllables(word: string): number {
  const groups = word.toLowerCase().match(/[aeiouáéíóúü]+/g) ?? [];
  let count = 0;
  for (const group of groups) {
    count++;
    for (let i = 1; i < group.length; i++) {
      if (/[aeoáéíóú]/.test(group[i]!) && /[aeoáéíóú]/.test(group[i - 1]!)) count++;
    }
  }
  return Math.max(1, count);
}

/**
 * Fernández-Huerta readability (Flesch adapted to Spanish), in its corrected form:
 * 206.84 − 60 × syllables per word − 1.02 × words per sentence. 60 and above reads as plain.
 */
function fernandezHuerta(text: string): number {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const sentences = Math.max(1, (text.match(/[.!?](?:\s|$)/g) ?? []).length);
  const perWord = words.reduce((sum, w) => sum + syllables(w), 0) / words.length;
  return 206.84 - 60 * perWord - 1.02 * (words.length / sentences);
}

describe('the Spanish FAQ answers', () => {
  it('read plainly: Fernández-Huerta 60 or more for every answer', () => {
    const scores = SPANISH.faqs.map((faq) => ({ id: faq.id, score: fernandezHuerta(faq.answer) }));
    console.info(
      [
        'Fernández-Huerta per Spanish answer:',
        ...scores.map((s) => `${s.score.toFixed(1)}  ${s.id}`),
      ].join('\n'),
    );
    expect(scores.filter((s) => s.score < 60)).toEqual([]);
  });

  it('scores hard text as hard (the measure can fail)', () => {
    expect(fernandezHuerta('La víctima llamó. Le ayudaron.')).toBeGreaterThan(60);
    expect(
      fernandezHuerta(
        'La constitucionalidad de las disposiciones legislativas correspondientes fue impugnada reiteradamente por organizaciones internacionales especializadas.',
      ),
    ).toBeLessThan(30);
  });
});

describe('English names inside Spanish text', () => {
  it('are cut out of the sentence without their quotes', () => {
    expect(splitEnglishNames('la ley (en inglés, “Mann Act”) de 1910')).toEqual([
      { text: 'la ley (en inglés, “' },
      { text: 'Mann Act', english: true },
      { text: '”) de 1910' },
    ]);
    expect(splitEnglishNames('sin nombres')).toEqual([{ text: 'sin nombres' }]);
    expect(splitEnglishNames('“a” y “b”').filter((p) => p.english)).toHaveLength(2);
  });
});

describe('Spanish accessible names of contact links', () => {
  it('read as Spanish sentences, with the article the line’s name takes', () => {
    const hotline = SPANISH.resourcesFor(null).groups[0]!.resources[0]!;
    const call = hotline.contacts.find((c) => c.kind === 'call')!;
    expect(SPANISH.contactName(hotline, call)).toBe(
      `Llame a la Línea Nacional contra la Trata de Personas, ${call.value}`,
    );
    expect(ENGLISH.contactName(ENGLISH.resourcesFor(null).groups[0]!.resources[0]!, call)).toBe(
      `Call the National Human Trafficking Hotline, ${call.value}`,
    );
  });
});
