import { describe, it, expect, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { getStored, launchExtension, setStored, useExtension, type Extension } from './harness';

// The service worker's global, for code evaluated inside it.
declare const chrome: {
  contextMenus: { update(id: string, props: object, done: () => void): void };
  runtime: { lastError?: { message?: string } };
};

const MISSOURI_CHILD_ABUSE = '1-800-392-3738';
const KANSAS_CHILD_ABUSE = '1-800-922-5330';

/** 'exists' while the right-click item is there; Chrome's error message once it is gone. */
function menuItemState(ext: Extension): Promise<string> {
  return ext.worker.evaluate(
    () =>
      new Promise<string>((resolve) =>
        chrome.contextMenus.update('lookup-selection', {}, () =>
          resolve(chrome.runtime.lastError?.message ?? 'exists'),
        ),
      ),
  );
}

/** The popup as the user sees it, with "more lines" opened. */
async function popupText(ext: Extension): Promise<{ page: Page; text: string }> {
  const page = await ext.open('popup.html', { width: 400, height: 600 });
  // The region's lines load just after the first paint, with the "Showing…" line.
  await page.waitForFunction(() =>
    /Showing (resources for|national resources)/.test(document.body.innerText),
  );
  const more = page.locator('[aria-controls="more-lines"]');
  if ((await more.count()) > 0 && (await more.getAttribute('aria-expanded')) !== 'true')
    await more.click();
  return { page, text: await page.locator('body').innerText() };
}

async function chooseRegion(page: Page, state: string, area?: string) {
  await page.getByLabel('Region: your state').selectOption({ label: state });
  if (area) await page.getByLabel('Missouri area (optional)').selectOption({ label: area });
}

describe('options page in a real Chromium', () => {
  const extension = useExtension();
  let ext: Extension;

  beforeAll(() => {
    ext = extension();
  });

  it('opens the first-run welcome tab after install, focused on the region list', async () => {
    const welcomeUrl = ext.url('options.html#welcome');
    await expect
      .poll(() => ext.context.pages().some((p) => p.url() === welcomeUrl), { timeout: 10_000 })
      .toBe(true);
    const page = ext.context.pages().find((p) => p.url() === welcomeUrl)!;
    await page.waitForSelector('[data-ready="true"]');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('region-state');
    const welcome = page.getByRole('region', { name: 'Welcome' });
    expect(await welcome.innerText()).toContain(
      'Choose your region so we can show the right lines.',
    );

    await chooseRegion(page, 'Kansas');
    await expect.poll(() => welcome.innerText()).toContain('Saved. You can close this tab.');
    await page.close();
  });

  it('Kansas: the popup shows Kansas’s line and not Missouri’s', async () => {
    const page = await ext.open('options.html');
    await chooseRegion(page, 'Missouri');
    await chooseRegion(page, 'Kansas');
    await expect.poll(() => getStored(ext, 'local', 'region')).toEqual({ state: 'KS' });
    await expect
      .poll(() => page.getByRole('status').innerText())
      .toContain('Saved: Region is Kansas');
    expect(await page.getByLabel('Missouri area (optional)').count()).toBe(0);

    const { page: popup, text } = await popupText(ext);
    expect(text).toContain(KANSAS_CHILD_ABUSE);
    expect(text).not.toContain(MISSOURI_CHILD_ABUSE);
    await popup.close();
    await page.close();
  });

  it('Missouri, St. Louis: the popup shows 1-800-392-3738 and The Covering House', async () => {
    const page = await ext.open('options.html');
    await chooseRegion(page, 'Missouri', 'St. Louis area');
    await expect
      .poll(() => getStored(ext, 'local', 'region'))
      .toEqual({ state: 'MO', area: 'st-louis' });
    expect(await page.getByText(/Counties:/).innerText()).toContain('St. Louis County');

    const { page: popup, text } = await popupText(ext);
    expect(text).toContain(MISSOURI_CHILD_ABUSE);
    expect(text).toContain('The Covering House');
    expect(text).not.toContain(KANSAS_CHILD_ABUSE);
    await popup.close();
    await page.close();
  });

  it('turning lookup off removes the right-click item; on brings it back', async () => {
    expect(await menuItemState(ext)).toBe('exists');
    const page = await ext.open('options.html');
    const box = page.getByLabel('Show “Look up” when I right-click selected text');
    await box.uncheck();
    await expect.poll(() => getStored(ext, 'local', 'lookupEnabled')).toBe(false);
    await expect.poll(() => menuItemState(ext)).not.toBe('exists');
    await box.check();
    await expect.poll(() => menuItemState(ext)).toBe('exists');
    await page.close();
  });

  it('discreet mode: the page title becomes "Quick reference"', async () => {
    const page = await ext.open('options.html');
    await page.getByLabel('Use discreet mode').check();
    await expect.poll(() => page.title()).toBe('Quick reference');
    await page.getByLabel('Use discreet mode').uncheck();
    await expect.poll(() => page.title()).toBe('Settings: Missouri trafficking law guide');
    await expect.poll(() => getStored(ext, 'local', 'discreet')).toBe(false);
    await page.close();
  });

  it('the reset step is keyboard friendly; Cancel keeps every setting', async () => {
    // A region to keep, set here rather than left over from an earlier test.
    await setStored(ext, 'local', { region: { state: 'MO', area: 'st-louis' } });
    const page = await ext.open('options.html');
    expect(await page.getByLabel('Region: your state').inputValue()).toBe('MO');
    await page.getByRole('button', { name: 'Reset all settings' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('reset-question');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Yes, reset');
    // Cancel this time: the region set above is kept, on the page and in storage.
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await getStored(ext, 'local', 'region')).toEqual({ state: 'MO', area: 'st-louis' });
    expect(await page.getByLabel('Region: your state').inputValue()).toBe('MO');
    await page.close();
  });

  it('the theme setting switches the page to dark at once', async () => {
    const page = await ext.open('options.html');
    await page.getByLabel('Dark', { exact: true }).check();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('dark');
    await page.getByLabel('Same as my device').check();
    await expect.poll(() => getStored(ext, 'local', 'theme')).toBe('system');
    await page.close();
  });
});

describe('options: a restart', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchExtension();
  });

  it('the region survives a browser restart with the same profile', async () => {
    // This test's own region, saved before the restart (not left over from an earlier test).
    await setStored(ext, 'local', { region: { state: 'MO', area: 'st-louis' } });
    expect(await getStored(ext, 'local', 'region')).toEqual({ state: 'MO', area: 'st-louis' });
    const userDataDir = ext.userDataDir;
    await ext.close({ keepProfile: true });
    ext = await launchExtension({ userDataDir });
    try {
      const page = await ext.open('options.html');
      expect(await page.getByLabel('Region: your state').inputValue()).toBe('MO');
      expect(await page.getByLabel('Missouri area (optional)').inputValue()).toBe('st-louis');
      const { page: popup, text } = await popupText(ext);
      expect(text).toContain(MISSOURI_CHILD_ABUSE);
      await popup.close();
      await page.close();
    } finally {
      await ext.close();
    }
  });
});
