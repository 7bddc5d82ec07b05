import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { findFirefox, FIREFOX_INSTALL_HINT } from '../../../scripts/firefox-path.mjs';
import {
  AXE_TAGS,
  outsideLoadsInPage,
  showAllSectionsInPage,
  sideScrollInPage,
} from '../page-checks';
import { NEUTRAL_URL } from '@/utils/quick-exit';

/*
 * The Firefox build in a real Firefox: puppeteer-core drives Debian's firefox-esr over
 * WebDriver BiDi and installs .output/firefox-mv3 as a temporary add-on. Playwright cannot
 * drive a stock Firefox. What BiDi does not give for extension pages (load events, network
 * events, console events: Mozilla bug 1755014) is read from Firefox's own chrome scope.
 */

export const FIREFOX_EXTENSION_DIR = resolve(
  process.env.FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv3',
);
const GECKO_ID = 'mo-trafficking-law-guide@example.org';
/** Pinned through a pref, so pages live at a known moz-extension://<UUID>/ address. */
const UUID = '6d0c5f1e-9b7a-4c1e-8f3a-2b9d7e4a1c05';
const ORIGIN = `moz-extension://${UUID}/`;

export type Size = { width: number; height: number };
type StorageArea = 'local' | 'sync' | 'session';
/** The parts of Firefox's `browser` global that code evaluated in an extension page uses. */
interface PageBrowser {
  storage: Record<
    StorageArea,
    {
      set(items: Record<string, unknown>): Promise<void>;
      get(key: string): Promise<Record<string, unknown>>;
    }
  >;
  extension: { getViews(filter: { type: string }): Window[] };
}
declare const browser: PageBrowser;

export interface Firefox {
  browser: Browser;
  /** moz-extension://<UUID>/<path> */
  url(path: string): string;
  /** Opens an extension page in a new tab and waits for it to render. */
  open(path: string, size?: Size): Promise<Page>;
  /** Loads another address in the same tab (an extension page waits for its render). */
  navigate(page: Page, url: string): Promise<void>;
  /** The address a tab shows now, as Firefox sees it. */
  currentUrl(page: Page): Promise<string>;
  setStored(area: StorageArea, items: Record<string, unknown>): Promise<void>;
  getStored(area: StorageArea, key: string): Promise<unknown>;
  /** Opens the extension's sidebar, as the reader does from Firefox's sidebar menu. */
  showSidebar(): Promise<void>;
  /** What the extension's sidebar shows, or null when it is closed. */
  sidebar(): Promise<{ hash: string; focused: string | null; search: string | null } | null>;
  /** Runs an expression in Firefox's own (chrome) window and returns its JSON value. */
  chrome<T>(expression: string): Promise<T>;
  /** The system colour scheme pages see (Firefox's content override pref). */
  setColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  /** Uncaught errors and unhandled rejections from extension pages so far. */
  errors(): Promise<string[]>;
  /** Every http(s) request an extension page or its background asked for so far. */
  requests(): Promise<string[]>;
  close(): Promise<void>;
}

/** Watches, from chrome scope, for errors and requests the extension causes. */
const WATCH = `(() => {
  if (globalThis.__e2e) return 'already';
  const state = (globalThis.__e2e = { errors: [], requests: [] });
  Services.console.registerListener({
    observe(message) {
      if (!(message instanceof Ci.nsIScriptError)) return;
      // Warnings and CSS notes are not errors.
      if (message.flags & Ci.nsIScriptError.warningFlag || message.category === 'CSS Parser') return;
      if (!String(message.sourceName).startsWith(${JSON.stringify(ORIGIN)})) return;
      // Firefox's own note that a page closed while a browser API call was in flight (the
      // tests close pages at once): not an error of the page.
      if (/^Promise (resolved|rejected) after context unloaded/.test(message.errorMessage)) return;
      state.errors.push(message.errorMessage + ' (' + message.sourceName + ':' + message.lineNumber + ')');
    },
  });
  Services.obs.addObserver({
    observe(subject) {
      const channel = subject.QueryInterface(Ci.nsIChannel);
      const info = channel.loadInfo;
      const ids = [info && info.triggeringPrincipal, info && info.loadingPrincipal].map((p) => (p && p.addonId) || '');
      if (ids.includes(${JSON.stringify(GECKO_ID)})) state.requests.push(channel.URI.spec);
    },
  }, 'http-on-opening-request');
  return 'watching';
})()`;

/** The BiDi side of a puppeteer page (puppeteer's types name only what CDP and BiDi share). */
interface BidiContext {
  id: string;
  navigate(url: string, wait: 'complete'): Promise<void>;
  userContext: {
    browser: {
      session: {
        send(
          method: string,
          params: object,
        ): Promise<{
          result: {
            contexts: Array<{ context: string; url: string }>;
            type: string;
            result: unknown;
            exceptionDetails?: { text?: string };
          };
        }>;
      };
    };
  };
}
const context = (page: Page) =>
  (page.mainFrame() as unknown as { browsingContext: BidiContext }).browsingContext;

export async function launchFirefox(): Promise<Firefox> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(FIREFOX_INSTALL_HINT);
  const ff = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    protocol: 'webDriverBiDi',
    // Without it, BiDi refuses to navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'layout.css.prefers-color-scheme.content-override': 1,
      // Anything that would leave the machine goes to a closed local port instead (the quick
      // exit's neutral page, a leak the request check should catch).
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.share_proxy_settings': true,
    },
  });
  await ff.installExtension(FIREFOX_EXTENSION_DIR);
  const url = (path: string) => `${ORIGIN}${path.replace(/^\//, '')}`;
  const session = (page: Page) => context(page).userContext.browser.session;

  let chromeContext: string | undefined;
  let anyPage: Page | undefined;
  const chrome = async <T>(expression: string): Promise<T> => {
    anyPage ??= (await ff.pages())[0] ?? (await ff.newPage());
    const bidi = session(anyPage);
    if (!chromeContext) {
      const { result } = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
      chromeContext = result.contexts[0]!.context;
    }
    const { result } = await bidi.send('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context: chromeContext },
      awaitPromise: true,
    });
    if (result.type !== 'success') {
      throw new Error(`chrome scope: ${JSON.stringify(result.exceptionDetails?.text ?? result)}`);
    }
    const value = (result.result as { value?: string }).value;
    return (value === undefined ? undefined : JSON.parse(value)) as T;
  };
  await chrome(WATCH);
  // Firefox opens an add-on's sidebar when it is installed. Close it, so each test starts from
  // a browser with no extension page open, and a lookup has to open the sidebar itself.
  await chrome(`(async () => {
    for (let i = 0; i < 30 && !SidebarController.isOpen; i++) await new Promise((r) => setTimeout(r, 100));
    SidebarController.hide();
  })()`);

  const navigate = async (page: Page, target: string) => {
    // page.goto() never resolves for an extension page (no load event over BiDi).
    await context(page).navigate(target, 'complete');
    if (target.startsWith(ORIGIN)) await page.waitForSelector('[data-ready="true"]');
  };
  const open = async (path: string, size?: Size) => {
    const page = await ff.newPage();
    if (size) await page.setViewport(size);
    await navigate(page, url(path));
    return page;
  };

  // Storage and sidebar reads go through an extension page of their own, reopened if a quick
  // exit has sent it away.
  let control: Page | undefined;
  const inExtension = async <A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> => {
    const alive =
      control &&
      !control.isClosed() &&
      (await control.evaluate(() => typeof browser !== 'undefined').catch(() => false));
    if (!alive) control = await open('popup.html');
    return control!.evaluate(fn as (arg: unknown) => R, arg as unknown) as Promise<R>;
  };

  return {
    browser: ff,
    url,
    open,
    navigate,
    async currentUrl(page) {
      const { result } = await session(page).send('browsingContext.getTree', {
        root: context(page).id,
        maxDepth: 0,
      });
      return result.contexts[0]!.url;
    },
    setStored: (area, items) =>
      inExtension(([a, i]) => browser.storage[a].set(i), [area, items] as const),
    getStored: (area, key) =>
      inExtension(async ([a, k]) => (await browser.storage[a].get(k))[k], [area, key] as const),
    async showSidebar() {
      await chrome(
        `SidebarController.show(${JSON.stringify(`${GECKO_ID.replace(/[@.]/g, '_')}-sidebar-action`)})`,
      );
    },
    sidebar: () =>
      inExtension(() => {
        const view = browser.extension.getViews({ type: 'sidebar' })[0];
        if (!view) return null;
        const search = view.document.querySelector<HTMLInputElement>('input[type="search"]');
        return {
          hash: view.location.hash,
          focused: view.document.activeElement?.id || null,
          search: search ? search.value : null,
        };
      }, null),
    chrome,
    async setColorScheme(scheme) {
      await chrome(
        `Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${scheme === 'dark' ? 0 : 1})`,
      );
    },
    errors: () => chrome<string[]>('globalThis.__e2e.errors'),
    requests: () => chrome<string[]>('globalThis.__e2e.requests'),
    close: () => ff.close(),
  };
}

/**
 * One Firefox for the file that calls this: launched before its tests, and after them, the
 * checks every journey shares: no uncaught error in any extension page and no request to
 * anywhere but the quick exit's neutral page.
 */
export function useFirefox(): () => Firefox {
  let ff: Firefox | undefined;
  beforeAll(async () => {
    ff = await launchFirefox();
  }, 60_000);
  afterAll(async () => {
    if (!ff) return;
    try {
      expect(await ff.errors(), 'uncaught errors in extension pages').toEqual([]);
      const outside = (await ff.requests()).filter((url) => !url.startsWith(NEUTRAL_URL));
      expect(outside, 'requests from the extension').toEqual([]);
    } finally {
      await ff.close();
    }
  }, 60_000);
  return () => ff!;
}

let axeSource: string | undefined;

/** Runs axe-core with the WCAG 2.2 A/AA rules (or only `rules`, when given); returns the violations. */
export async function axeViolations(page: Page, rules: string[] = []) {
  axeSource ??= await readFile(
    createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
    'utf8',
  );
  // addScriptTag is blocked by the extension's CSP; evaluating the source is not.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(
    async (tags: string[], only: string[]) => {
      const axe = (
        window as unknown as {
          axe: {
            run(
              context: Document,
              options: object,
            ): Promise<{
              violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>;
            }>;
          };
        }
      ).axe;
      const runOnly = only.length ? { type: 'rule', values: only } : { type: 'tag', values: tags };
      // Only violations are read: axe then builds selectors for one passing node per rule, not
      // for each of the thousands on the explainer (most of its time on a long page).
      const results = await axe.run(document, { runOnly, resultTypes: ['violations'] });
      return results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
      }));
    },
    AXE_TAGS,
    rules,
  );
  return violations;
}

/**
 * The cross-cutting checks for one page state, once: axe-core finds nothing, nothing scrolls
 * sideways, and the page loaded nothing from outside the extension. `wholePage` lays out every
 * explainer section first (they skip layout while off-screen), for the resting explainer; other
 * states check what the reader sees. `axeRules` limits axe-core to those rules, for a state that
 * differs from one checked in full only in what those rules see (the dark scheme: colours).
 */
export async function expectPageClean(
  page: Page,
  label: string,
  { wholePage = false, axeRules = [] }: { wholePage?: boolean; axeRules?: string[] } = {},
): Promise<void> {
  // Off-screen sections skip layout: laid out first, they count for both checks.
  if (wholePage) await page.evaluate(showAllSectionsInPage);
  const scroll = await page.evaluate(sideScrollInPage);
  expect(scroll.scrollWidth, `${label}: scrolls sideways (${scroll.culprit})`).toBeLessThanOrEqual(
    scroll.innerWidth,
  );
  const loads = await page.evaluate(outsideLoadsInPage);
  expect(`${loads.origin}/`, label).toBe(ORIGIN);
  expect(loads.outside, `${label}: loaded from outside`).toEqual([]);
  expect(await axeViolations(page, axeRules), `${label}: axe-core`).toEqual([]);
}

/**
 * Selects the text of `selector` on `page` (an ordinary web page), right-clicks it so Firefox
 * opens its own context menu, and chooses the extension's item, as a reader does.
 */
export async function rightClickLookup(ff: Firefox, page: Page, selector: string): Promise<void> {
  const point = await page.evaluate((s) => {
    const el = document.querySelector(s)!;
    const range = document.createRange();
    range.selectNodeContents(el);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    const box = range.getBoundingClientRect();
    return { x: box.left + Math.min(20, box.width / 2), y: box.top + box.height / 2 };
  }, selector);
  await page.mouse.click(point.x, point.y, { button: 'right' });
  // The menu opens asynchronously; choose the item once it is there (an empty result means
  // the item never appeared, which is what the test reports).
  const chosen = await ff.chrome<string>(`(async () => {
    const menu = document.getElementById('contentAreaContextMenu');
    for (let i = 0; i < 100; i++) {
      const item = [...menu.querySelectorAll('menuitem')].find(
        (m) => !m.hidden && m.id.endsWith('-menuitem-_lookup-selection'),
      );
      if (menu.state === 'open' && item) {
        menu.activateItem(item);
        return item.label;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    menu.hidePopup();
    return '';
  })()`);
  expect(chosen, 'the Look up item in Firefox’s context menu').toMatch(/^Look up/);
}

/** Waits until `check` returns a truthy value (polling), or fails with `what`. */
export async function waitFor<T>(
  check: () => Promise<T>,
  what: string,
  timeout = 10_000,
): Promise<NonNullable<T>> {
  const end = Date.now() + timeout;
  let last: T = await check();
  while (!last && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    last = await check();
  }
  if (!last) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
  return last as NonNullable<T>;
}
