// content/lookup/ is TypeScript with `@/` imports: bundle it with Vite into a temporary folder
// and import it, so Node scripts (the benchmark, the evaluation, `npm run build:index`) can run
// it. The module passed to `use` has the engine (content/lookup/index.ts) and, for building and
// cross-validating, the trainer (content/lookup/model.ts).
import { build } from 'vite';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Calls `use` with the lookup module, then removes the bundle. */
export async function withLookupModule(use, { minify = true } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'mo-guide-lookup-'));
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      resolve: { alias: { '@': resolve('.') } },
      build: {
        outDir: dir,
        lib: {
          entry: {
            lookup: resolve('content/lookup/index.ts'),
            model: resolve('content/lookup/model.ts'),
          },
          formats: ['es'],
          fileName: (_format, name) => `${name}.js`,
        },
        minify,
      },
    });
    const engine = await import(join(dir, 'lookup.js'));
    const trainer = await import(join(dir, 'model.js'));
    return await use({ ...engine, ...trainer });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
