import { STATUTES, statuteByCitation } from '../statutes';
import type { SectionId } from '../types';

/*
 * The statutes a page cites, found by the ways pages write them: "RSMo 566.211", "§ 566.209",
 * "Section 566.210", "18 USC §1591", "18 U.S.C. §§ 2421-2423", or a name ("the Mann Act").
 * Only statutes the guide explains (content/statutes.ts) are named.
 */

export interface FoundStatute {
  /** As the law writes it: "566.211", "18 U.S.C. 1591". */
  citation: string;
  sectionId: SectionId;
}

const MISSOURI = new Map(
  STATUTES.filter((s) => !s.citation.includes('U.S.C.')).map((s) => [s.citation, s.citation]),
);
/** Federal sections by their number alone ("1591" → "18 U.S.C. 1591"). */
const FEDERAL = new Map(
  STATUTES.filter((s) => s.citation.includes('U.S.C.')).map((s) => [
    s.citation.split(' ').pop()!.toUpperCase(),
    s.citation,
  ]),
);

/**
 * A Missouri section number as printed: "566.211", "RSMo 566.211.1", "§ 566.209". Not part of a
 * longer number, a price or a date ("$566.21", "1,566.210", "566 people" has no decimals).
 */
const MISSOURI_CITE = /(?<![\d$.,])(\d{3})\.(\d{3,4})(?!\d|,\d)/g;
/** "18 U.S.C. 1591", "18 USC §1591", "18 U.S.C. §§ 2421-2423", "22 U.S.C. 7102(9)". */
const FEDERAL_CITE =
  /\b(18|22)\s*(?:U\.?\s?S\.?\s?C\.?(?:\s*A\.?)?|U\.\s?S\.\s*Code)\s*(?:§{1,2}|sec(?:tion|s|\.)?)?\s*(\d{4}[a-z]?)(?:\s*(?:-|to|and|through|–)\s*(\d{4}[a-z]?))?/gi;
/** "Section 1591 of Title 18", "§ 1591": only the numbers the federal law section explains. */
const SECTION_NUMBER = /(?:§{1,2}|\bsections?)\s*(\d{4}[a-z]?)\b/gi;
/** Names of laws ("the Mann Act", "TVPA"), matched as whole words. */
const NAMED = STATUTES.flatMap((s) =>
  (s.names ?? []).map((name) => ({ pattern: new RegExp(`\\b${name}\\b`, 'gi'), statute: s })),
);
/** A range this long is a typo or something else, not a run of sections. */
const MAX_RANGE = 10;

/** The federal sections a citation names: one, or each the guide explains in a range. */
function federalNumbers(first: string, last: string | undefined): string[] {
  const numbers = [first];
  const from = Number.parseInt(first, 10);
  const to = last ? Number.parseInt(last, 10) : from;
  if (to - from >= MAX_RANGE) return numbers;
  for (const [number] of FEDERAL) {
    const n = Number.parseInt(number, 10);
    if (n > from && n <= to) numbers.push(number);
  }
  return numbers;
}

/** Every cited statute with where it is cited, unordered and with repeats. */
function citations(text: string): { citation: string; at: number }[] {
  const found: { citation: string; at: number }[] = [];
  const add = (citation: string | undefined, at: number) => {
    if (citation) found.push({ citation, at });
  };
  for (const m of text.matchAll(MISSOURI_CITE)) add(MISSOURI.get(`${m[1]}.${m[2]}`), m.index);
  for (const m of text.matchAll(FEDERAL_CITE)) {
    for (const number of federalNumbers(m[2]!.toUpperCase(), m[3]?.toUpperCase())) {
      const citation = FEDERAL.get(number);
      if (citation?.startsWith(`${m[1]} `)) add(citation, m.index);
    }
  }
  for (const m of text.matchAll(SECTION_NUMBER)) {
    const citation = FEDERAL.get(m[1]!.toUpperCase());
    // 7102 is in title 22; "section 7102" alone could be anything.
    if (citation?.startsWith('18 ')) add(citation, m.index);
  }
  for (const { pattern, statute } of NAMED) {
    for (const m of text.matchAll(pattern)) add(statute.citation, m.index);
  }
  return found;
}

/** Each statute the page cites, once, in the order it is first cited. */
export function findStatutes(text: string): FoundStatute[] {
  const seen = new Set<string>();
  const out: FoundStatute[] = [];
  for (const { citation } of citations(text).sort((a, b) => a.at - b.at)) {
    if (seen.has(citation)) continue;
    seen.add(citation);
    out.push({ citation, sectionId: statuteByCitation(citation)!.sectionId });
  }
  return out;
}
