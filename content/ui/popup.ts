/* Strings only the popup shows. Shared ones (911, quick exit, footer) are in ./common. */

export const POPUP = {
  /** Heading over the reporting lines. */
  reportHeading: 'Report or get help',
  /** Disclosure that holds the lines below the main hotline. */
  moreLines: (count: number) => `More lines (${count})`,
  faqHeading: 'Questions',
  searchLabel: 'Search questions',
  searchPlaceholder: 'e.g. penalties, report, T visa',
  matches: (count: number) =>
    count === 0
      ? 'No questions match'
      : count === 1
        ? '1 question matches'
        : `${count} questions match`,
  noMatch: (query: string) => `No questions match “${query}”`,
  searchExplainer: 'Search the full explainer',
  readMore: 'Read more in the explainer',
  openBeside: 'Open the explainer beside this page',
  openExplainer: 'Open the full explainer',
} as const;
