// content/lookup.ts is TypeScript with `@/` imports: bundle it with Vite into a temporary folder
// and import it, so Node scripts (the benchmark, `npm run build:index`) can run it.
import { build } from 'vite';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Calls `use` with the lookup module (or another `content/` module), then removes the bundle. */
export async function withLookupModule(use, { minify = true, entry = 'content/lookup.ts' } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'mo-guide-lookup-'));
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      resolve: { alias: { '@': resolve('.') } },
      build: {
        outDir: dir,
        lib: { entry: resolve(entry), formats: ['es'], fileName: 'lookup' },
        minify,
      },
    });
    return await use(await import(join(dir, 'lookup.js')));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
