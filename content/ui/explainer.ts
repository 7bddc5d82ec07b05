/*
 * Words of the explainer page and the side panel (the facts live in
 * content/sections). Shared safety wording comes from ./common.
 */

/** The tab's title (document.title) when discreet mode is off. */
export const PAGE_TITLE = 'Missouri sex-trafficking law explained';

export const HEADER = {
  title: 'Missouri sex-trafficking law explained',
  /** The side panel's compact heading. */
  panelTitle: 'Missouri trafficking law',
  intro:
    'What the law says, what the penalties are, and how to report, in plain words with the source beside each fact.',
  /** The name of the bar that keeps 911 and the quick exit in view. */
  safetyLabel: 'Emergency call and quick exit',
} as const;

export const PRIVACY = {
  /** Next to the quick-exit button: what it does, on the page and in the side panel. */
  quickExitPage: 'Quick exit replaces every open page of this guide with a weather page.',
  quickExitPanel:
    'Quick exit closes this panel and replaces any open page of this guide with a weather page.',
  /** The honest limit of the quick exit. */
  history:
    'Your browser history still shows that these pages were visited. To remove them, open History (Ctrl+H; on a Mac, ⌘Y in Chrome or ⇧⌘H in Firefox) and delete them.',
} as const;

export const TOC = {
  heading: 'On this page',
  /** The side panel's collapsed list of sections. */
  panelToggle: 'Sections',
  navLabel: 'Sections of the explainer',
  /** The list offered in the search view when nothing matches. */
  allSections: 'All sections',
  search: 'Search the explainer',
} as const;

export const SEARCH = {
  label: 'Search the explainer',
  hint: 'Type a word or phrase, for example “penalties”, “hotline” or “T visa”.',
  results: 'Sections that match',
  count: (n: number) =>
    n === 0 ? 'No sections match.' : n === 1 ? '1 section matches.' : `${n} sections match.`,
  noneForSelection: 'Nothing in the explainer matches this selection.',
  noneForQuery: 'Nothing in the explainer matches this search.',
  back: 'Back to the whole explainer',
} as const;

export const LOOKUP = {
  youLookedUp: 'You looked up:',
  seeGlossary: 'See it in the glossary',
  /** Before links to other sections the selection may be about. */
  alsoAbout: 'Also about:',
  dismiss: 'Hide this note',
} as const;

export const SECTION = {
  moreIn: 'More in:',
  aliases: 'Also called:',
} as const;

export const PENALTIES = {
  columns: {
    offense: 'Crime',
    when: 'When it applies',
    prison: 'Prison',
    fine: 'Fine',
    registration: 'Sex-offender registration',
    sources: 'Sources',
  },
  reportedChange: 'Reported change — not confirmed',
  notStated: 'Not stated in our sources',
  scrollHint: 'Scroll sideways to see every column.',
} as const;

export const PANEL = {
  openInTab: 'Open in a tab',
  newTab: '(opens in a new tab)',
} as const;
