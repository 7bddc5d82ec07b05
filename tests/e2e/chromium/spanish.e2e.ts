import { describe, it, expect, beforeAll } from 'vitest';
import { expectPageClean, setStored, useExtension, type Extension } from './harness';
import { rightClick } from './journeys';

/*
 * The guide in Spanish: chosen on the options page, every open page changes at once, each page
 * says its language, and the Spanish pages pass the same checks as the English ones (axe-core,
 * no sideways scrolling at 320 px, nothing loaded from outside), in light.
 */

const NARROW = { width: 320, height: 640 };

// The service worker's extension API, as far as these tests use it.
declare const chrome: {
  i18n: { getUILanguage(): string };
  action: { getTitle(details: object): Promise<string> };
};

describe('Spanish', () => {
  const extension = useExtension();
  let ext: Extension;

  beforeAll(async () => {
    ext = extension();
    await setStored(ext, 'local', { region: { state: 'MO', area: 'st-louis' } });
  });

  it('choosing Español on the options page changes every open page at once', async () => {
    const popup = await ext.open('popup.html', { width: 380, height: 600 });
    const explainer = await ext.open('explainer.html#penalties', { width: 1200, height: 800 });
    const options = await ext.open('options.html', { width: 900, height: 800 });
    expect(await popup.locator('html').getAttribute('lang')).toBe('en');

    await options.getByRole('radio', { name: 'Español' }).check();
    for (const page of [options, popup, explainer]) {
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('es');
    }
    await expect.poll(() => popup.getByRole('link', { name: /Llame al 911/ }).count()).toBe(1);
    await expect
      .poll(() => explainer.getByRole('heading', { level: 2, name: /penas/i }).count())
      .toBeGreaterThan(0);
    await expect.poll(() => options.getByRole('heading', { name: 'Idioma' }).count()).toBe(1);
    // The choice's own name keeps its language, whatever the page's.
    expect(await options.locator('label[for="language-en"]').getAttribute('lang')).toBe('en');

    await options.getByRole('radio', { name: 'English' }).check();
    for (const page of [options, popup, explainer]) {
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    }
    await Promise.all([popup, explainer, options].map((page) => page.close()));
  });

  it('a Spanish selection from a Spanish news page opens its section, focused', async () => {
    await setStored(ext, 'local', { lookupTarget: 'tab' });
    const page = await rightClick(
      ext,
      'El acusado fue condenado por trata de personas con fines de explotación sexual',
    );
    const hash = await page.evaluate(() => location.hash);
    expect(['#legal-consequences', '#penalties']).toContain(hash);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(hash.slice(1));
    await page.close();
    await setStored(ext, 'local', { lookupTarget: 'side-panel' });
  });

  // Light only: the language changes words, not colours (the English dark checks in
  // pages.e2e see the same colour variables). Nothing on the whole Spanish explainer may scroll
  // sideways at 320 px; axe-core looks at its header, contents and the section opened (axe on
  // every section of it runs in Firefox: tests/e2e/firefox/pages.e2e.ts).
  it('the Spanish pages at 320 px pass the page checks', async () => {
    await setStored(ext, 'local', { language: 'es' });
    for (const path of ['popup.html', 'options.html', 'explainer.html#reporting']) {
      const page = await ext.context.newPage();
      await page.setViewportSize(NARROW);
      await page.goto(ext.url(path));
      await page.waitForSelector('[data-ready="true"]');
      // Spanish from the first paint: the page is drawn once, already in Spanish.
      expect(await page.locator('html').getAttribute('lang'), path).toBe('es');
      if (path.startsWith('explainer')) {
        // The official English names kept in Spanish text are read with an English voice.
        expect(await page.locator('main [lang="en"]').count()).toBeGreaterThan(0);
      }
      await expectPageClean(ext, page, `${path} (es)`, {
        wholePage: path.startsWith('explainer'),
        axeInclude: path.startsWith('explainer')
          ? ['header', 'nav', 'section[aria-labelledby="reporting"]']
          : [],
      });
      await page.close();
    }
    await setStored(ext, 'local', { language: 'browser' });
  });
});

describe('a Spanish browser (Chromium started with --lang=es)', () => {
  const extension = useExtension({ language: 'es' });

  it('shows the popup, options and explainer in Spanish from the first paint', async () => {
    const ext = extension();
    const uiLanguage = await ext.worker.evaluate(() => chrome.i18n.getUILanguage());
    expect(uiLanguage, "Chromium ignored --lang=es: install Debian's chromium-l10n").toMatch(/^es/);
    for (const [path, text] of [
      ['popup.html', /Llame al 911/],
      ['options.html', /Idioma/],
      ['explainer.html#penalties', /penas/i],
    ] as const) {
      const page = await ext.context.newPage();
      // What the page shows as it first draws (the page waits for its words before drawing).
      const firstLang = page
        .waitForFunction(() => document.querySelector('#app')?.childElementCount)
        .then(() => page.evaluate(() => [document.documentElement.lang, document.body.innerText]));
      await page.goto(ext.url(path));
      const [lang, shown] = await firstLang;
      expect(lang, path).toBe('es');
      expect(shown, path).toMatch(text);
      await page.close();
    }
    // The toolbar button's title comes from _locales/es.
    const title = await ext.worker.evaluate(() => chrome.action.getTitle({}));
    expect(title).toMatch(/Guía/);
  });
});
