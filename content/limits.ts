/*
 * Every cap on how much text the extension keeps, reads or shows, in one place, each with the
 * reason for its size. They are tied together (tests/unit/content/limits.test.ts): the stash
 * keeps more than the lookup reads, and the lookup reads more than the banner shows.
 */

/**
 * Characters of a right-click selection kept in `storage.session` for the explainer. More than
 * the lookup reads (a page's furniture is stripped before the cut), and small enough that a
 * 1 MB selection never sits in memory storage.
 */
export const MAX_SELECTION_CHARS = 5000;

/**
 * Characters the lookup works on: a longer selection is read from its start only. News
 * paragraphs put the point first, and the cap keeps a 1 MB selection instant.
 */
export const MAX_LOOKUP_CHARS = 4000;

/**
 * Raw characters the lookup cleans before cutting to MAX_LOOKUP_CHARS: cleaning removes
 * furniture ("Advertisement", share buttons), so it starts from twice as much.
 */
export const MAX_LOOKUP_RAW_CHARS = 2 * MAX_LOOKUP_CHARS;

/** Characters of a selection quoted back in the lookup note: enough to recognise it. */
export const MAX_QUOTE_CHARS = 200;

/** Characters the explainer's search box accepts: a search, not a pasted page. */
export const MAX_SEARCH_INPUT_CHARS = 500;

/** Characters of a FAQ search query: a question, not a document. */
export const MAX_QUERY_CHARS = 200;

/** Terms marked in a looked-up section: the engine sends a handful, not thousands. */
export const MAX_HIGHLIGHT_TERMS = 100;

/** Characters of one marked term: a longer "term" is not a word or phrase worth marking. */
export const MAX_HIGHLIGHT_TERM_CHARS = 200;

/**
 * Characters of a page "Explain this page" reads back from the tab: more than the analysis
 * reads, and small enough that a huge page never crosses into the extension whole.
 */
export const MAX_PAGE_READ_CHARS = 200_000;

/**
 * Characters of a page the analysis works on: a longer page is read from its start. A
 * 2,000-word article is about 12,000 characters; this is a long report, and keeps 1 MB fast.
 */
export const MAX_EXPLAIN_CHARS = 150_000;

/** Paragraphs of a page looked up, at most: a long report has a few hundred. */
export const MAX_EXPLAIN_PARAGRAPHS = 400;

/** Characters of a page sentence quoted under a section: a sentence, not a paragraph. */
export const MAX_EXPLAIN_SENTENCE_CHARS = 280;
