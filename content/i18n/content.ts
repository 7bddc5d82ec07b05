import type { SearchHit } from '../lookup';
import type { RegionResources } from '../region-lines';
import type { Statute } from '../statutes';
import type {
  Contact,
  Faq,
  GlossaryTerm,
  MissouriArea,
  Region,
  Resource,
  Section,
  SectionId,
  StateCode,
} from '../types';
import type * as common from '../ui/common';
import type * as explainPage from '../ui/explain-page';
import type * as explainer from '../ui/explainer';
import type * as options from '../ui/options';
import type * as popup from '../ui/popup';
import type * as regionLines from '../ui/region-lines';
import type * as titles from '../ui/titles';
import type { Locale } from './locales';
import type { Widen } from './widen';

/**
 * The interface strings more than one page shows, module by module, as the English modules in
 * content/ui/ define them.
 */
export type UiStrings = Widen<{
  common: typeof common;
  explainPage: typeof explainPage;
  regionLines: typeof regionLines;
  titles: typeof titles;
}>;

/**
 * The strings of one page (or, for `explainer`, of the explainer tab and side panel). An English
 * page imports its own module (see `pageUi` in components/useContent.tsx), so no page carries
 * another's words; another language's chunk brings all of them.
 */
export type PageUiStrings = Widen<{
  explainer: typeof explainer;
  options: typeof options;
  popup: typeof popup;
}>;

/** Names of regions and areas in one language. */
export interface RegionNames {
  stateNames: Readonly<Record<StateCode, string>>;
  outsideUs: string;
  areaLabels: Readonly<Record<MissouriArea, string>>;
  areaDescriptions: Readonly<Record<MissouriArea, string>>;
  areaNotes: Readonly<Partial<Record<MissouriArea, string>>>;
  /** e.g. "Missouri — St. Louis area", "Kansas". */
  label: (region: Region) => string;
}

/**
 * The explainer's knowledge in one language: sections, glossary, statutes. Kept apart from
 * `Content` so the popup and options pages do not carry the explainer's text.
 */
export interface Knowledge {
  sections: readonly Section[];
  sectionById: (id: SectionId) => Section;
  glossary: readonly GlossaryTerm[];
  statutes: readonly Statute[];
  /** The explainer's search: sections matching a typed query, best first. */
  search: (query: string, limit: number) => SearchHit[];
}

/** FAQs matching a query, best first (every FAQ, in order, for an empty query). */
export type FaqSearch = (query: string) => Faq[];

/**
 * The guide in one language: what every page draws from. Pages get it from
 * components/useContent.tsx; English is built in, Spanish is loaded when it is needed.
 */
export interface Content {
  locale: Locale;
  ui: UiStrings;
  /** Each page's own strings: absent in English, where each page imports its own module. */
  pageUi?: PageUiStrings;
  faqs: readonly Faq[];
  /**
   * The FAQ search, loaded after the first paint (its index and engine are not small). Absent
   * in English: the popup, the only page that searches FAQs, loads the English one itself, so
   * no other page carries it.
   */
  loadFaqSearch?: () => Promise<FaqSearch>;
  /** The explainer's knowledge, loaded by the pages that show it. */
  loadKnowledge: () => Promise<Knowledge>;
  resourcesFor: (region: Region | null) => RegionResources;
  regions: RegionNames;
  /** The accessible name of a contact link ("Call the …, 1-888-…"). */
  contactName: (resource: Pick<Resource, 'name'>, contact: Contact) => string;
  /** A citation's label in this language (sources are the same in every language). */
  sourceLabel: (label: string) => string;
}
