// `npm run build:index`: saves the explainer's search index (see buildSectionIndex in
// content/lookup.ts) so the extension loads it instead of indexing on every page. Run it after
// changing the explainer's text, sections, FAQs or glossary; a unit test says when it is due.
import { build } from 'vite';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const OUT = resolve('content/generated/section-index.json');
const dir = await mkdtemp(join(tmpdir(), 'mo-guide-index-'));
try {
  await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@': resolve('.') } },
    build: {
      outDir: dir,
      lib: { entry: resolve('content/lookup.ts'), formats: ['es'], fileName: 'lookup' },
      minify: false,
    },
  });
  const { buildSectionIndex } = await import(join(dir, 'lookup.js'));
  await writeFile(OUT, JSON.stringify(buildSectionIndex()) + '\n');
  console.log(`Wrote ${OUT}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
