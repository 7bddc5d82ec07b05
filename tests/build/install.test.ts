import { describe, it, expect } from 'vitest';
import { readFile } from 'node:fs/promises';

/*
 * `npm ci` on a fresh machine must not try to download a browser (there may be no network but
 * the npm registry): the tests use the system's Chromium and Firefox through playwright-core and
 * puppeteer-core, which download nothing. This fails if a dependency that does slips in.
 */

const lock = JSON.parse(await readFile('package-lock.json', 'utf8')) as {
  packages: Record<string, { version?: string; hasInstallScript?: boolean }>;
};
const installed = Object.entries(lock.packages).filter(([path]) => path !== '');
const name = (path: string) => path.replace(/^.*node_modules\//, '');

describe('npm ci downloads no browser', () => {
  it('no package that fetches a browser on install (puppeteer, playwright, @playwright/test)', () => {
    const fetchers = installed
      .map(([path]) => name(path))
      .filter((n) => ['puppeteer', 'playwright', '@playwright/test', 'chromedriver'].includes(n));
    expect(fetchers).toEqual([]);
  });

  it('install scripts only in the two known packages (esbuild checks its binary; spawn-sync, from web-ext, has nothing to fetch)', () => {
    const scripted = installed
      .filter(([, meta]) => meta.hasInstallScript)
      .map(([path]) => name(path))
      .sort();
    expect(scripted).toEqual(['esbuild', 'spawn-sync']);
  });
});
