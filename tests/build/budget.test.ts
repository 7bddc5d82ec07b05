import { describe, it, expect } from 'vitest';
import { readFile } from 'node:fs/promises';
import { entryFiles, entrySizes, gzippedBytes, htmlRefs } from '../../scripts/bundle-size.mjs';

// Byte budgets are deterministic, so they are tests; times are reported by `npm run bench`.
const KB = 1024;

describe('byte budgets of the Chrome build (gzipped JS + CSS)', () => {
  it('popup: ≤ 58 KB before its first paint, ≤ 120 KB in all in English, ≤ 60 KB for Explain this page', async () => {
    const sizes = await entrySizes('.output/chrome-mv3');
    for (const [name, { initial, english, all, files }] of Object.entries(sizes)) {
      console.log(
        `${name}: ${(initial / KB).toFixed(1)} KB before first paint, ${(english / KB).toFixed(1)} KB in all in English, ${(all / KB).toFixed(1)} KB with Spanish (${files.length} files)`,
      );
    }
    const popup = sizes.popup!;
    expect(popup.files.some((f) => f.endsWith('.js'))).toBe(true);
    expect(popup.initial).toBeLessThanOrEqual(58 * KB);
    expect(popup.english).toBeLessThanOrEqual(120 * KB);
    // Explain this page: its view and the explainer's knowledge it draws from (loaded on the click).
    const explain = popup.englishFiles.filter((f) => /^chunks\/ExplainPageResult-/.test(f));
    expect(explain.length).toBe(1);
    const explainBytes = await gzippedBytes('.output/chrome-mv3', explain);
    expect(explainBytes).toBeGreaterThan(0);
    expect(explainBytes).toBeLessThanOrEqual(60 * KB);
  });

  it('explainer: ≤ 120 KB in English with the lookup model, ≤ 200 KB in Spanish (with its own lookup model); the side panel adds ≤ 8 KB for Explain this page', async () => {
    const sizes = await entrySizes('.output/chrome-mv3');
    const explainer = sizes.explainer!;
    expect(explainer.english).toBeLessThanOrEqual(120 * KB);
    expect(explainer.all).toBeLessThanOrEqual(200 * KB);
    const sidepanel = sizes.sidepanel!;
    const own = sidepanel.englishFiles.filter((f) => !explainer.englishFiles.includes(f));
    const shared = sidepanel.englishFiles.filter((f) => explainer.englishFiles.includes(f));
    expect(own.length).toBeGreaterThan(0);
    expect(await gzippedBytes('.output/chrome-mv3', shared)).toBeLessThanOrEqual(120 * KB);
    expect(await gzippedBytes('.output/chrome-mv3', own)).toBeLessThanOrEqual(8 * KB);
  });

  it('the background stays small: it starts often', async () => {
    const sizes = await entrySizes('.output/chrome-mv3');
    expect(sizes.background!.all).toBeLessThanOrEqual(20 * KB);
  });

  it('popup: at most two scripts and one stylesheet before its first paint; search, Explain and Spanish come after', async () => {
    const html = await readFile('.output/chrome-mv3/popup.html', 'utf8');
    const initial = await entryFiles('.output/chrome-mv3', 'popup.html', { followDynamic: false });
    const loaded = await entryFiles('.output/chrome-mv3', 'popup.html');
    expect(initial.map((file) => `/${file}`).sort()).toEqual(
      expect.arrayContaining(
        htmlRefs(html)
          .map(({ ref }) => ref)
          .sort(),
      ),
    );
    // The popup's script, and the data it shares with the Spanish chunk (the bundler puts the
    // modules both use, the FAQs and the lines, in a file of their own).
    expect(initial.filter((file) => file.endsWith('.js')).length).toBeLessThanOrEqual(2);
    expect(initial.filter((file) => file.endsWith('.css'))).toHaveLength(1);
    const later = loaded.filter((file) => !initial.includes(file));
    expect(later.every((file) => /^chunks\/[\w-]+\.js$/.test(file))).toBe(true);
    expect(later).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^chunks\/ExplainPageResult-[\w-]+\.js$/),
        expect.stringMatching(/^chunks\/faq-search-[\w-]+\.js$/),
      ]),
    );
  });
});
