import { describe, it, expect } from 'vitest';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { zipEntries } from './zip-entries';

// The store packages `npm run zip` / `npm run zip:firefox` write (npm test builds with them).
const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { name: string; version: string };
const zipPath = (kind: string) => join('.output', `${pkg.name}-${pkg.version}-${kind}.zip`);

async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe('store zips', () => {
  for (const [kind, dir] of [
    ['chrome', '.output/chrome-mv3'],
    ['firefox', '.output/firefox-mv3'],
  ] as const) {
    it(`${kind}: exactly the files of the ${dir} build, manifest at the top`, async () => {
      const entries = (await zipEntries(zipPath(kind))).filter((name) => !name.endsWith('/'));
      expect(entries).toContain('manifest.json');
      expect([...entries].sort()).toEqual(await filesIn(dir));
      // A store zip this size means something else got in (the build is about 580 KB: each page
      // is built apart, so each carries its own copy of the Spanish words it may load).
      expect((await stat(zipPath(kind))).size).toBeLessThan(700 * 1024);
    });
  }

  it('sources (for addons.mozilla.org): the code to rebuild from, nothing built or secret', async () => {
    const entries = await zipEntries(zipPath('sources'));
    for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'README.md']) {
      expect(entries, needed).toContain(needed);
    }
    expect(entries.some((name) => name.startsWith('content/'))).toBe(true);
    expect(entries.some((name) => name.startsWith('entrypoints/'))).toBe(true);
    const unwanted = entries.filter((name) =>
      /^(node_modules|\.output|\.wxt|\.git)\/|(^|\/)\.env/.test(name),
    );
    expect(unwanted).toEqual([]);
  });
});
