import type { browser as wxtBrowser } from 'wxt/browser';
import { MAX_SELECTION_CHARS } from '@/content/limits';

type ExtBrowser = typeof wxtBrowser;

/** What the packaged reader script (entrypoints/page-reader.ts) returns from a tab. */
export interface PageText {
  title: string;
  text: string;
  /** 'article' when Readability found the main text, 'page' for the visible text instead. */
  from: 'article' | 'page';
}

export type PageRead =
  | { ok: true; page: PageText }
  /**
   * restricted: a page no extension may script (the browser's own pages, extension stores, PDFs).
   * not-allowed: the browser gave no access to this tab (no toolbar click or shortcut on it).
   */
  | { ok: false; reason: 'restricted' | 'not-allowed' | 'no-tab' };

/** The script packaged with the extension (entrypoints/page-reader.ts). */
const READER_FILE = '/page-reader.js';

/** What browsers say when a page is closed to every extension, whatever its permissions. */
const RESTRICTED =
  /chrome:|edge:|about:|view-source:|devtools:|chrome-extension:|moz-extension:|extensions gallery|web ?store|addons\.mozilla|cannot be scripted|restricted|pdf/i;

/** The tab the reader is looking at: the active tab of the window they last used. */
export async function activeTabId(browser: ExtBrowser): Promise<number | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id !== undefined && tab.id >= 0 ? tab.id : undefined;
  } catch {
    return undefined;
  }
}

function failure(error: unknown): PageRead {
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, reason: RESTRICTED.test(message) ? 'restricted' : 'not-allowed' };
}

/**
 * Reads the article's text from a tab with the packaged reader script. Runs only when called
 * (on the reader's click); the text is returned to the caller and kept nowhere.
 */
export async function readTab(browser: ExtBrowser, tabId: number | undefined): Promise<PageRead> {
  if (tabId === undefined) return { ok: false, reason: 'no-tab' };
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      files: [READER_FILE],
    });
    const page = injection?.result as PageText | undefined;
    if (!page || typeof page.text !== 'string') return { ok: false, reason: 'restricted' };
    return {
      ok: true,
      page: {
        title: typeof page.title === 'string' ? page.title : '',
        text: page.text,
        from: page.from === 'article' ? 'article' : 'page',
      },
    };
  } catch (error) {
    return failure(error);
  }
}

/** The text selected in a tab, or '' when there is none or the page cannot be read. */
export async function readSelection(
  browser: ExtBrowser,
  tabId: number | undefined,
): Promise<string> {
  if (tabId === undefined) return '';
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      func: (max: number) => (globalThis.getSelection?.()?.toString() ?? '').slice(0, max),
      args: [MAX_SELECTION_CHARS],
    });
    return typeof injection?.result === 'string' ? injection.result : '';
  } catch {
    return '';
  }
}
