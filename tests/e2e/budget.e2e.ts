import { describe, it, expect } from 'vitest';
import { readFile } from 'node:fs/promises';
import { entryFiles, entrySizes, htmlRefs } from '../../scripts/bundle-size.mjs';

// Byte budgets are deterministic, so they are tests; times are reported by `npm run bench`.
const KB = 1024;

describe('byte budgets of the Chrome build (gzipped JS + CSS)', () => {
  it('popup: ≤ 35 KB before first paint, ≤ 70 KB with the data it loads right after', async () => {
    const sizes = await entrySizes('.output/chrome-mv3');
    for (const [name, { initial, all, files }] of Object.entries(sizes)) {
      console.log(
        `${name}: ${(initial / KB).toFixed(1)} KB before first paint, ${(all / KB).toFixed(1)} KB in all (${files.length} files)`,
      );
    }
    const popup = sizes.popup!;
    expect(popup.files.some((f) => f.endsWith('.js'))).toBe(true);
    // What stands between a click on the toolbar icon and the 911 line and hotline card.
    expect(popup.initial).toBeLessThanOrEqual(35 * KB);
    // FAQs with citations, 51 regions' lines and the search library load just after.
    expect(popup.all).toBeLessThanOrEqual(70 * KB);
  });

  it('the background stays small: it starts often', async () => {
    const sizes = await entrySizes('.output/chrome-mv3');
    expect(sizes.background!.all).toBeLessThanOrEqual(20 * KB);
  });

  it('popup: its HTML asks for every file up front, so nothing waits for a script to run', async () => {
    const html = await readFile('.output/chrome-mv3/popup.html', 'utf8');
    const asked = new Set(htmlRefs(html).map(({ ref }) => ref.replace(/^\//, '')));
    const loaded = await entryFiles('.output/chrome-mv3', 'popup.html');
    const initial = await entryFiles('.output/chrome-mv3', 'popup.html', { followDynamic: false });
    // The region data and the questions are loaded with import(): the hints must cover them.
    expect(loaded.length).toBeGreaterThan(initial.length);
    expect(loaded.filter((file) => !asked.has(file))).toEqual([]);
  });
});
