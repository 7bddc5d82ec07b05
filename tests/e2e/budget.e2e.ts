import { describe, it, expect } from 'vitest';
import { entrySizes } from '../../scripts/bundle-size.mjs';

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
});
