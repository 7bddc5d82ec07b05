import { describe, it, expect, beforeAll } from 'vitest';
import type { Page } from 'puppeteer-core';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rightClickLookup, useFirefox, waitFor } from './harness';

/*
 * The real right-click in Firefox: text selected on an ordinary page, Firefox's own context
 * menu, the extension's item chosen; the matching section opens in the sidebar (the default)
 * or in a tab (when the setting says so).
 */

const SELECTION = 'He was sentenced to 25 years for sexual trafficking of a child.';

describe('Firefox: right-click lookup through the context menu', () => {
  const firefox = useFirefox();
  let article: string;

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mo-guide-ff-'));
    const file = join(dir, 'news.html');
    await writeFile(
      file,
      `<!doctype html><html lang="en"><title>News</title><p id="story">${SELECTION}</p></html>`,
    );
    article = pathToFileURL(file).href;
  });

  async function openArticle(): Promise<Page> {
    const page = await firefox().browser.newPage();
    await page.setViewport({ width: 1000, height: 700 });
    await firefox().navigate(page, article);
    return page;
  }

  it('opens the matching section in the sidebar, focused, with the selection in no URL', async () => {
    const ff = firefox();
    const reading = await openArticle();
    await rightClickLookup(ff, reading, '#story');
    const panel = await waitFor(async () => {
      const view = await ff.sidebar();
      return view && view.focused === 'penalties' ? view : null;
    }, 'the sidebar to show the penalties section, focused');
    expect(panel.hash).toBe('#penalties');
    expect(decodeURIComponent(panel.hash)).not.toContain('sentenced');
    // The hand-off is deleted once read.
    expect(await ff.getStored('session', 'pendingLookup')).toBeFalsy();
    await reading.close();
  });

  it('opens it in a tab when the setting says so', async () => {
    const ff = firefox();
    await ff.setStored('local', { lookupTarget: 'tab' });
    const reading = await openArticle();
    const before = new Set(await ff.browser.pages());
    await rightClickLookup(ff, reading, '#story');
    const tab = await waitFor(async () => {
      for (const page of await ff.browser.pages()) {
        if (before.has(page)) continue;
        const state = await page
          .evaluate(() => ({ href: location.href, focused: document.activeElement?.id }))
          .catch(() => null);
        if (state?.href.endsWith('/explainer.html#penalties') && state.focused === 'penalties') {
          return page;
        }
      }
      return null;
    }, 'a tab with the penalties section, focused');
    expect(decodeURIComponent(await ff.currentUrl(tab))).not.toContain('sentenced');
    await tab.close();
    await reading.close();
    await ff.setStored('local', { lookupTarget: 'side-panel' });
  });
});
