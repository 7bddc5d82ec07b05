// content/lookup/ is TypeScript with `@/` imports: bundle it with Vite into a temporary folder
// and import it, so Node scripts (the benchmark, the evaluation, `npm run build:index`) can run
// it. The module passed to `use` has the engine (content/lookup/index.ts) and, for building and
// cross-validating, the trainer (content/lookup/model.ts); `extra` adds other `content/` modules
// (the benchmark's `content/explain.ts`), bundled with the same copy of the engine.
import { build } from 'vite';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Calls `use` with the lookup module (and any `extra` ones), then removes the bundle. */
export async function withLookupModule(use, { minify = true, extra = {} } = {}) {
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
            ...Object.fromEntries(
              Object.entries(extra).map(([name, path]) => [name, resolve(path)]),
            ),
          },
          formats: ['es'],
          fileName: (_format, name) => `${name}.js`,
        },
        minify,
      },
    });
    const names = ['lookup', 'model', ...Object.keys(extra)];
    const modules = await Promise.all(names.map((name) => import(join(dir, `${name}.js`))));
    return await use(Object.assign({}, ...modules));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
