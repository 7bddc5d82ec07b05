import {
  MAX_EXPLAIN_CHARS,
  MAX_EXPLAIN_PARAGRAPHS,
  MAX_EXPLAIN_SENTENCE_CHARS,
  MAX_LOOKUP_CHARS,
} from '../limits';
import { CONTROL, DASHES, DOUBLE_QUOTES, SINGLE_QUOTES } from '../lookup/text';

/*
 * A whole page's text, as "Explain this page" reads it: cleaned once, cut into paragraphs to
 * look up, and into sentences to quote. The case and the page's own words are kept: sentences
 * are shown to the reader as the page wrote them.
 */

const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

/** Straight quotes, plain dashes and spaces, no control characters; bounded. Lines are kept. */
export function cleanPage(text: string): string {
  return text
    .slice(0, MAX_EXPLAIN_CHARS)
    .replace(CONTROL, ' ')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(SPACES, ' ');
}

/** Abbreviations a sentence does not end on ("18 U.S.C. 1591", "Mo. Rev. Stat.", "Sgt. Smith"). */
const ABBREVIATION =
  /(?:\b(?:U\.S\.C|U\.S|Mo|Rev|Stat|St|Mr|Mrs|Ms|Dr|Sgt|Lt|Capt|Det|Gov|Sen|Rep|Atty|Gen|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|Inc|Co|Corp|Jr|Sr|vs|v|Sec|Ch)|(?:^|\s)[A-Z])\.$/;
/** Where a sentence may end: after a stop (and a closing quote or bracket), or at a line break. */
const SENTENCE_END = /(?<=[.!?]["')\]]?)[^\S\n]+|\n/;

/** A line of fewer words (a heading, a list item) is read with its neighbours. */
const SHORT_LINE_WORDS = 15;
/** Short lines are read together up to about this many words. */
const GROUP_WORDS = 45;

/**
 * The page's paragraphs, at most MAX_EXPLAIN_PARAGRAPHS, each cut to what the lookup reads.
 * Headings and list items are lines of their own; runs of them are read together (a checklist
 * is one point, and one lookup instead of ten), kept apart by line breaks for quoting.
 */
export function paragraphs(text: string): string[] {
  const out: string[] = [];
  let group: string[] = [];
  let groupWords = 0;
  const flush = () => {
    if (group.length) out.push(group.join('\n').slice(0, MAX_LOOKUP_CHARS));
    group = [];
    groupWords = 0;
  };
  for (const line of text.split('\n')) {
    if (out.length >= MAX_EXPLAIN_PARAGRAPHS) break;
    const paragraph = line.replace(/\s+/g, ' ').trim().slice(0, MAX_LOOKUP_CHARS);
    if (!paragraph) continue;
    const words = paragraph.split(' ').length;
    if (words >= SHORT_LINE_WORDS) {
      flush();
      out.push(paragraph);
      continue;
    }
    group.push(paragraph);
    groupWords += words;
    if (groupWords >= GROUP_WORDS) flush();
  }
  if (out.length < MAX_EXPLAIN_PARAGRAPHS) flush();
  return out;
}

/** A paragraph split into sentences, not at abbreviations. A line break always ends one. */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  let pending = '';
  for (const piece of paragraph.split(SENTENCE_END)) {
    pending = pending ? `${pending} ${piece}` : piece;
    if (ABBREVIATION.test(pending)) continue;
    if (pending.trim()) out.push(pending.trim());
    pending = '';
  }
  if (pending.trim()) out.push(pending.trim());
  return out;
}

/** A sentence short enough to show, cut at a word. */
export function quote(sentence: string): string {
  const max = MAX_EXPLAIN_SENTENCE_CHARS;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
