import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import {
  launchExtension,
  axeViolations,
  setStored,
  type Extension,
  SCREENSHOT_DIR,
} from './harness';

// The service worker's global, for code evaluated inside it.
declare const chrome: {
  contextMenus: {
    onClicked: { dispatch(info: object, tab: object): void };
  };
  tabs: { query(q: object): Promise<Array<{ id: number; windowId: number }>> };
};

/** Fires the real click listener, as the browser does when the menu item is chosen. */
async function rightClick(ext: Extension, selectionText: string): Promise<Page> {
  const pageOpened = ext.context.waitForEvent('page', {
    predicate: (p) => p.url().includes('/explainer.html'),
  });
  await ext.worker.evaluate(async (text) => {
    const [tab] = await chrome.tabs.query({ active: true });
    chrome.contextMenus.onClicked.dispatch(
      { menuItemId: 'lookup-selection', selectionText: text, editable: false },
      tab ?? { id: -1, windowId: -1 },
    );
  }, selectionText);
  const page = await pageOpened;
  await page.waitForSelector('[data-ready="true"]');
  return page;
}

describe('right-click lookup in a real Chromium', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchExtension();
    // Where the browser can open a side panel only from a real gesture, a dispatched click falls
    // back to a tab; asking for a tab makes the journey the same on every machine.
    await setStored(ext, 'local', { lookupTarget: 'tab' });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('opens the explainer at the matching section, focused, without the selection in the URL', async () => {
    const selection = 'sentenced to 25 years for sexual trafficking of a child';
    const page = await rightClick(ext, selection);
    await page.waitForFunction(() => location.hash === '#penalties');
    const focused = await page.evaluate(() => document.activeElement?.id);
    expect(focused).toBe('penalties');
    expect(page.url()).not.toContain('sentenced');
    expect(decodeURIComponent(page.url())).not.toContain(selection);
    await expect.poll(() => page.getByText(`You looked up`).count()).toBeGreaterThan(0);
    expect(
      await page.locator('section#section-penalties mark, #penalties ~ * mark, mark').count(),
    ).toBeGreaterThan(0);
    console.log(`right-click "${selection}" → ${new URL(page.url()).hash}, focus on #${focused}`);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/lookup-penalties.png` });
    await page.close();
  });

  it('shows the glossary definition when the selection is a term', async () => {
    const page = await rightClick(ext, 'debt bondage');
    await page.waitForFunction(() => location.hash === '#glossary');
    await expect.poll(() => page.getByText(/Debt bondage/).count()).toBeGreaterThan(0);
    await page.close();
  });

  it('an off-topic selection opens the search view with the selection in the box, not in the URL', async () => {
    const selection = 'Cardinals beat Cubs 6-4 in 10 innings';
    const page = await rightClick(ext, selection);
    await page.waitForFunction(() => location.hash === '#search');
    const box = page.getByRole('searchbox');
    await expect.poll(() => box.inputValue()).toBe(selection);
    expect(decodeURIComponent(page.url())).not.toContain('Cardinals');
    await page.close();
  });

  it('renders a hostile selection as text, never as HTML', async () => {
    const selection = '<img src=x onerror="document.title=\'pwned\'"> human trafficking task force';
    const page = await rightClick(ext, selection);
    await page.waitForFunction(
      () => location.hash.length > 1 && !location.hash.startsWith('#lookup'),
    );
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.title()).not.toBe('pwned');
    await page.close();
  });

  it('clears the selection from session storage once the explainer has read it', async () => {
    const page = await rightClick(ext, 'human trafficking task force');
    await page.waitForFunction(() => !location.hash.startsWith('#lookup'));
    const stash = await ext.worker.evaluate(async () => {
      // @ts-expect-error chrome is the service worker's global
      return (await chrome.storage.session.get('pendingLookup')).pendingLookup ?? null;
    });
    expect(stash).toBeNull();
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`the explainer after a lookup has no axe-core violations (${scheme})`, async () => {
      const page = await rightClick(ext, 'warning signs that someone is being trafficked');
      await page.emulateMedia({ colorScheme: scheme });
      await page.waitForFunction(() => !location.hash.startsWith('#lookup'));
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }
});
