import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { mkdtemp, rm } from 'node:fs/promises';
import { afterAll, beforeAll, expect } from 'vitest';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumArgs, findChromium, INSTALL_HINT } from '../../../scripts/chromium-path.mjs';
import {
  AXE_TAGS,
  outsideLoadsInPage,
  showAllSectionsInPage,
  sideScrollInPage,
} from '../page-checks';
import { NEUTRAL_URL } from '@/utils/quick-exit';

// The service worker's global, for code evaluated inside it.
declare const chrome: {
  storage: Record<
    'local' | 'sync' | 'session',
    {
      set(items: Record<string, unknown>): Promise<void>;
      get(key: string): Promise<Record<string, unknown>>;
    }
  >;
};

export const EXTENSION_DIR = resolve(process.env.EXTENSION_DIR ?? '.output/chrome-mv3');

export interface Extension {
  context: BrowserContext;
  worker: Worker;
  id: string;
  userDataDir: string;
  /** chrome-extension://<id>/<path> */
  url(path: string): string;
  /** Opens an extension page in a new tab and waits for it to render. */
  open(path: string, options?: { width?: number; height?: number }): Promise<Page>;
  /** Every request made by extension pages and the service worker. */
  requests: string[];
  /** Uncaught errors and unhandled rejections in extension pages, with the page's address. */
  errors: string[];
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export interface LaunchOptions {
  colorScheme?: 'light' | 'dark';
  /** Reuse a profile (to test that settings survive a restart). */
  userDataDir?: string;
  /** Another build than EXTENSION_DIR (e.g. the test-only build that may read the test server). */
  extensionDir?: string;
  /**
   * The browser's own language (e.g. 'es'). Debian's Chromium has only English unless the
   * chromium-l10n package is installed (.ci/run installs it).
   */
  language?: string;
}

export async function launchExtension(options: LaunchOptions = {}): Promise<Extension> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'mo-guide-e2e-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    args: [
      ...chromiumArgs(options.extensionDir ?? EXTENSION_DIR),
      ...(options.language ? [`--lang=${options.language}`] : []),
    ],
    ...(options.language
      ? { env: { ...process.env, LANGUAGE: options.language }, locale: options.language }
      : {}),
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const errors: string[] = [];
  const watchErrors = (page: Page) =>
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  context.pages().forEach(watchErrors);
  context.on('page', watchErrors);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const url = (path: string) => `chrome-extension://${id}/${path.replace(/^\//, '')}`;
  return {
    context,
    worker,
    id,
    userDataDir,
    url,
    requests,
    errors,
    async open(path, size) {
      const page = await context.newPage();
      if (size)
        await page.setViewportSize({ width: size.width ?? 1000, height: size.height ?? 700 });
      await page.goto(url(path));
      await page.waitForSelector('[data-ready="true"]');
      return page;
    },
    async close(closeOptions) {
      await context.close();
      if (!closeOptions?.keepProfile) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Sets a setting directly in extension storage, as if a previous session had saved it. */
export async function setStored(
  ext: Extension,
  area: 'local' | 'sync' | 'session',
  items: Record<string, unknown>,
) {
  await ext.worker.evaluate(
    ([storageArea, values]) => chrome.storage[storageArea].set(values as Record<string, unknown>),
    [area, items] as const,
  );
}

export async function getStored(ext: Extension, area: 'local' | 'sync' | 'session', key: string) {
  return ext.worker.evaluate(
    async ([storageArea, k]) => (await chrome.storage[storageArea].get(k))[k],
    [area, key] as const,
  );
}

/**
 * Runs axe-core with the WCAG 2.2 A/AA rule set (or only `rules`, when given) and returns the
 * violations.
 */
export async function axeViolations(page: Page, include: string[] = [], rules: string[] = []) {
  // Only violations are read: axe then builds selectors for one passing node per rule, not for
  // each of the thousands on the explainer (most of its time on a long page).
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  if (rules.length) builder.withRules(rules);
  else builder.withTags(AXE_TAGS);
  for (const selector of include) builder.include(selector);
  const results = await builder.analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }));
}

/**
 * The cross-cutting checks for one page state, once: nothing scrolls sideways, the page
 * loaded nothing from outside the extension, and axe-core finds nothing. `wholePage` lays out
 * every explainer section first (they skip layout while off-screen), for the resting explainer
 * and side panel; other states check what the reader sees. `axeInclude` limits axe-core to the
 * parts a state adds to a page checked whole elsewhere (a lookup note, search results): axe on
 * the whole explainer takes seconds, and each part is then checked once. `axeRules` limits
 * axe-core to those rules, for a state that differs from one checked in full only in ways
 * those rules can see (the dark scheme, which changes colours only).
 */
export async function expectPageClean(
  ext: Extension,
  page: Page,
  label: string,
  {
    wholePage = false,
    axeInclude = [],
    axeRules = [],
  }: { wholePage?: boolean; axeInclude?: string[]; axeRules?: string[] } = {},
): Promise<void> {
  // Off-screen sections skip layout: laid out first, they count for both checks.
  if (wholePage) await page.evaluate(showAllSectionsInPage);
  const scroll = await page.evaluate(sideScrollInPage);
  expect(scroll.scrollWidth, `${label}: scrolls sideways (${scroll.culprit})`).toBeLessThanOrEqual(
    scroll.innerWidth,
  );
  const loads = await page.evaluate(outsideLoadsInPage);
  expect(`${loads.origin}/`, label).toBe(ext.url(''));
  expect(loads.outside, `${label}: loaded from outside`).toEqual([]);
  expect(await axeViolations(page, axeInclude, axeRules), `${label}: axe-core`).toEqual([]);
}

/**
 * One Chromium with the extension for the file that calls this, launched before its tests.
 * After them, the checks every journey shares: no uncaught error in any extension page, and
 * no request from the pages or the service worker to anywhere but the extension itself (and
 * the quick exit's neutral page, which tests answer locally).
 */
export function useExtension(
  options: LaunchOptions & {
    /** URL prefixes a file's own test pages are served from (a local server), also allowed. */
    alsoAllowed?: () => string[];
  } = {},
): () => Extension {
  let ext: Extension | undefined;
  beforeAll(async () => {
    ext = await launchExtension(options);
  });
  afterAll(async () => {
    if (!ext) return;
    try {
      expect(ext.errors, 'uncaught errors in extension pages').toEqual([]);
      const allowed = [ext.url(''), NEUTRAL_URL, ...(options.alsoAllowed?.() ?? [])];
      const outside = ext.requests.filter((url) => !allowed.some((a) => url.startsWith(a)));
      expect(outside, 'requests from the extension').toEqual([]);
    } finally {
      await ext.close();
    }
  });
  return () => ext!;
}

/** Extension pages this test opened on its own (the welcome tab is opened by install). */
export function extensionPages(ext: Extension): Page[] {
  return ext.context.pages().filter((p) => p.url().startsWith(`chrome-extension://${ext.id}/`));
}
