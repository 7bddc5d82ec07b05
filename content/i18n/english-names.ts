/**
 * Spanish text keeps the official English names of Missouri's laws and organisations once, in
 * curly quotes (“sexual trafficking of a child in the first degree”); Spanish quotes itself with
 * «» or straight quotes. Pages mark the English parts `lang="en"`, so a screen reader reads them
 * with an English voice.
 */

export interface LangPart {
  text: string;
  /** Set for an English name (without its quotes, which belong to the Spanish sentence). */
  english?: true;
}

const QUOTED = /“([^”]+)”/g;

/** The text cut into its own words and the English names it quotes. */
export function splitEnglishNames(text: string): LangPart[] {
  const parts: LangPart[] = [];
  let at = 0;
  for (const match of text.matchAll(QUOTED)) {
    const start = match.index + 1;
    parts.push({ text: text.slice(at, start) });
    parts.push({ text: match[1]!, english: true });
    at = start + match[1]!.length;
  }
  parts.push({ text: text.slice(at) });
  return parts.filter((part) => part.text !== '');
}
