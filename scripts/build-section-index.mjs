// `npm run build:index`: saves the explainer's search index and the lookup's phrase dictionary
// (buildSectionIndex and buildPhraseDictionary in content/lookup.ts), so the extension loads them
// instead of building them on every page. Run it after changing the explainer's text, sections,
// FAQs, glossary or lookup cues; a unit test says when it is due.
import { build } from 'vite';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const OUT = resolve('content/generated');
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
  const { buildSectionIndex, buildPhraseDictionary } = await import(join(dir, 'lookup.js'));
  const files = {
    'section-index.json': buildSectionIndex(),
    'phrase-dictionary.json': buildPhraseDictionary(),
  };
  for (const [name, data] of Object.entries(files)) {
    await writeFile(join(OUT, name), JSON.stringify(data) + '\n');
    console.log(`Wrote ${join(OUT, name)}`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
