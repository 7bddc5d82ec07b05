/**
 * Per-state reporting lines for the 50 states and DC, from content/data/states.json
 * (cleaned from the project fact sheet; the repository never reads ../shared).
 *
 * Missouri's lines live in ./missouri.ts; its entry in the data holds only the Attorney General
 * page. Each state's trafficking statute, which no page shows yet, is kept apart in
 * content/data/state-statutes.json, so the pages do not carry it.
 */
import data from '../data/states.json';
import type { Widen } from '../i18n/widen';
import { STATE_NAMES, stateNameInSentence } from '../regions';
import { cite } from '../sources';
import type { Citation, Contact, Resource, StateCode } from '../types';
import { STATE_LINES } from '../ui/region-lines';
import { missouriStatewide } from './missouri';

/**
 * How a value was checked: 'official' = read on a government page;
 * 'secondary' = the main number was read on a non-government page;
 * 'third-party' = a detail taken from a site other than the main source.
 */
export type Verification = 'official' | 'secondary' | 'third-party';

export interface DataSource {
  /** An https address; absent when the fact sheet names the site but not the address. */
  url?: string;
  /** What the source is, when it is not plain from the address. */
  site?: string;
  /** ISO date of the source, when known. */
  date?: string;
  verification: Verification;
}

export interface NumberEntry {
  number: string;
  note?: string;
}

export interface SourcedNumber extends NumberEntry {
  source: DataSource;
}

export interface ChildAbuseHotline {
  number: string;
  /** A limit on the main number, e.g. "From inside New Hampshire only". */
  numberNote?: string;
  source: DataSource;
  vanity?: string;
  hours?: { text: string; source: DataSource };
  tty: SourcedNumber[];
  /** Other numbers with a clear label, from the same source. */
  alternates: SourcedNumber[];
  outOfState?: SourcedNumber;
  online?: { url: string; source: DataSource };
}

export interface ChildAbuseLocal {
  /** Completes "Reports go to …". */
  description: string;
  url: string;
  source: DataSource;
  regionalNumbers?: NumberEntry[];
}

export interface StateHotline {
  name: string;
  operator?: string;
  /** Who the line is for, when limited. */
  for?: string;
  number: string;
  vanity?: string;
  hours?: string;
  alternates?: NumberEntry[];
  email?: string;
  /** Sources printed different numbers for this line. */
  numbersDiffer?: boolean;
  source: DataSource;
}

export interface AgPage {
  url: string;
  /** Language of the page, if not English. */
  language?: string;
  source: DataSource;
}

export interface StateData {
  childAbuseHotline: ChildAbuseHotline | null;
  childAbuseLocal: ChildAbuseLocal | null;
  stateHotline: StateHotline | null;
  agPage: AgPage | null;
}

export interface StatesFile {
  compiled: string;
  states: Record<StateCode, StateData>;
}

export const STATES_DATA = data as unknown as StatesFile;

export function stateData(code: StateCode): StateData {
  return STATES_DATA.states[code];
}

function host(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

function confidenceOf(source: DataSource): Citation['confidence'] {
  return source.verification === 'official' ? 'primary' : 'secondary';
}

/** A citation for a source that has an address; null for a named site with no address. */
function citeSource(what: string, source: DataSource): Citation | null {
  if (!source.url) return null;
  const where = source.site ?? host(source.url);
  const when = source.date ? `, ${source.date}` : '';
  return cite(`${what} (${where}${when})`, source.url, confidenceOf(source));
}

function uniqueCitations(list: (Citation | null)[]): Citation[] {
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const c of list) {
    if (!c || seen.has(c.url)) continue;
    seen.add(c.url);
    out.push(c);
  }
  return out;
}

/** The words a state's lines are built with, in one language. */
export interface StateWords {
  lines: Widen<typeof STATE_LINES>;
  stateNames: Readonly<Record<StateCode, string>>;
  stateNameInSentence: (code: StateCode) => string;
  /** A phrase from states.json (hours, notes, descriptions) in this language. */
  phrase: (english: string) => string;
  missouriStatewide: readonly Resource[];
}

/** Builds `stateResources` for one language. */
export function makeStateResources(w: StateWords): (code: StateCode) => Resource[] {
  const T = w.lines;
  const P = w.phrase;

  function thirdPartyNote(source: DataSource, note?: string): string | undefined {
    if (source.verification !== 'third-party' || note?.includes(T.listedOn)) return note;
    const from = T.thirdPartySite(source.site);
    return note ? `${note}. ${from}` : from;
  }

  function childAbuseResource(code: StateCode, h: ChildAbuseHotline): Resource {
    const name = w.stateNames[code];
    const contacts: Contact[] = [
      {
        kind: 'call',
        value: h.number,
        ...(h.vanity ? { vanity: h.vanity } : {}),
        ...(h.numberNote ? { note: P(h.numberNote) } : {}),
      },
      ...h.alternates.map((a): Contact => ({
        kind: 'call',
        value: a.number,
        note: thirdPartyNote(a.source, a.note && P(a.note)),
      })),
      ...h.tty.map((t): Contact => ({
        kind: 'tty',
        value: t.number,
        note: thirdPartyNote(t.source, t.note && P(t.note)),
      })),
    ];
    if (h.outOfState) {
      contacts.push({
        kind: 'call',
        value: h.outOfState.number,
        note: thirdPartyNote(h.outOfState.source, T.outOfState(w.stateNameInSentence(code))),
      });
    }
    if (h.online) {
      contacts.push({ kind: 'web', value: h.online.url, note: T.reportOnline });
    }
    const details: { source: DataSource }[] = [...h.tty, ...h.alternates];
    if (h.outOfState) details.push(h.outOfState);
    if (h.hours) details.push(h.hours);
    const qualifier =
      h.source.verification !== 'official'
        ? T.qualifier.secondary
        : details.some((d) => d.source.verification === 'third-party')
          ? T.qualifier.someThirdParty
          : undefined;
    let hours = h.hours?.text && P(h.hours.text);
    if (hours && h.hours?.source.verification === 'third-party') {
      hours = T.perThirdParty(hours);
    }
    return {
      id: `${code.toLowerCase()}-child-abuse-hotline`,
      name: T.childAbuse.name(name),
      purpose: 'child-abuse-report',
      summary: T.childAbuse.summary(w.stateNameInSentence(code)),
      contacts,
      ...(hours ? { hours } : {}),
      ...(qualifier ? { qualifier } : {}),
      cite: uniqueCitations([
        citeSource(T.childAbuse.name(name), h.source),
        ...details.map((d) => citeSource(T.childAbuse.details(name), d.source)),
        h.online ? citeSource(T.childAbuse.online(name), h.online.source) : null,
      ]),
    };
  }

  function childAbuseLocalResource(code: StateCode, l: ChildAbuseLocal): Resource {
    const name = w.stateNames[code];
    const contacts: Contact[] = [
      ...(l.regionalNumbers ?? []).map((r): Contact => ({
        kind: 'call',
        value: r.number,
        ...(r.note ? { note: P(r.note) } : {}),
      })),
      { kind: 'web', value: l.url, note: T.findLocal },
    ];
    const qualifier = l.source.verification === 'official' ? undefined : T.qualifier.thirdPartyLink;
    return {
      id: `${code.toLowerCase()}-child-abuse-local`,
      name: T.childAbuseLocal.name(name),
      purpose: 'child-abuse-report',
      summary: T.childAbuseLocal.summary(name, P(l.description)),
      contacts,
      ...(qualifier ? { qualifier } : {}),
      cite: uniqueCitations([
        citeSource(T.childAbuseLocal.source(name), l.source),
        cite(T.childAbuseLocal.page(name), l.url, confidenceOf(l.source)),
      ]),
    };
  }

  function stateHotlineResource(code: StateCode, s: StateHotline): Resource {
    const name = w.stateNames[code];
    const contacts: Contact[] = [
      { kind: 'call', value: s.number, ...(s.vanity ? { vanity: s.vanity } : {}) },
      ...(s.alternates ?? []).map((a): Contact => ({
        kind: 'call',
        value: a.number,
        ...(a.note ? { note: P(a.note) } : {}),
      })),
    ];
    return {
      id: `${code.toLowerCase()}-state-trafficking-line`,
      name: P(s.name),
      purpose: 'state-trafficking-line',
      summary: T.stateLine.summary(
        w.stateNameInSentence(code),
        s.operator && P(s.operator),
        s.for && P(s.for),
        s.email,
      ),
      contacts,
      ...(s.hours ? { hours: P(s.hours) } : {}),
      qualifier: s.numbersDiffer
        ? T.qualifier.numbersDiffer
        : s.source.verification === 'official'
          ? undefined
          : s.source.verification === 'third-party'
            ? T.qualifier.thirdParty
            : T.qualifier.secondary,
      cite: uniqueCitations([citeSource(T.stateLine.source(name), s.source)]),
    };
  }

  function agPageResource(code: StateCode, a: AgPage): Resource {
    const name = w.stateNames[code];
    return {
      id: `${code.toLowerCase()}-attorney-general`,
      name: T.attorneyGeneral.name(name),
      purpose: 'information',
      summary: T.attorneyGeneral.summary(w.stateNameInSentence(code), a.language && P(a.language)),
      contacts: [{ kind: 'web', value: a.url }],
      ...(a.source.verification === 'official' ? {} : { qualifier: T.qualifier.otherSource }),
      cite: uniqueCitations([citeSource(T.attorneyGeneral.source(name), a.source)]),
    };
  }

  /**
   * A state's own lines as Resources: the child abuse line (or where to report
   * locally), the state trafficking line, then the Attorney General page.
   * Missouri's lines come from ./missouri.ts.
   */
  function stateResources(code: StateCode): Resource[] {
    if (code === 'MO') return [...w.missouriStatewide];
    const s = stateData(code);
    const out: Resource[] = [];
    if (s.childAbuseHotline) out.push(childAbuseResource(code, s.childAbuseHotline));
    else if (s.childAbuseLocal) out.push(childAbuseLocalResource(code, s.childAbuseLocal));
    if (s.stateHotline) out.push(stateHotlineResource(code, s.stateHotline));
    if (s.agPage) out.push(agPageResource(code, s.agPage));
    return out;
  }

  return stateResources;
}

export const ENGLISH_STATE_WORDS: StateWords = {
  lines: STATE_LINES,
  stateNames: STATE_NAMES,
  stateNameInSentence,
  phrase: (english) => english,
  missouriStatewide,
};

/** A state's own lines, in English. */
export const stateResources = makeStateResources(ENGLISH_STATE_WORDS);
