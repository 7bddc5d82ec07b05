/* Strings of "Explain this page" (popup and side panel). */

export const EXPLAIN_PAGE = {
  heading: 'Explain this page',
  intro:
    'Lists the laws, legal terms and topics of the page you are reading. The page’s text is read on this device only when you press the button, is never sent or saved, and is gone when you close this view.',
  button: 'Explain this page',
  reading: 'Reading the page…',
  resultHeading: 'What this page mentions',
  /** Says which page was read, as text. */
  pageTitle: (title: string) => (title ? `Page: ${title}` : 'This page'),
  fromVisibleText:
    'The page’s main article could not be found, so all of its visible text was read.',
  nothing: 'Nothing about trafficking here',
  nothingDetail:
    'This guide found no law, legal term or topic it explains on this page. You can still search the explainer.',
  statutesHeading: 'Laws cited',
  termsHeading: 'Legal terms used',
  sectionsHeading: 'Topics in the explainer',
  onThePage: 'On the page:',
  readSection: (title: string) => `Read: ${title}`,
  reportHeading: 'Where to report',
  restrictedHeading: 'This page cannot be read',
  restricted:
    'Browsers protect some pages from every extension: their own settings pages, extension stores and PDF files they show. Nothing on this page was read.',
  notAllowedHeading: 'The browser did not let the guide read this page',
  notAllowed:
    'The guide may read a page only right after you open it from its toolbar button or shortcut on that page. Open the guide from the toolbar on the page you want explained, then press “Explain this page” again.',
  noTab: 'There is no page to read in this window.',
  search: 'Search the explainer instead',
  again: 'Explain this page again',
} as const;
