// `npm run build:index`: saves the explainer's search index and the lookup's phrase dictionary
// (buildSectionIndex and buildPhraseDictionary in content/lookup.ts), so the extension loads them
// instead of building them on every page. Run it after changing the explainer's text, sections,
// FAQs, glossary or lookup cues; a unit test says when it is due.
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { withLookupModule } from './load-lookup.mjs';

const OUT = resolve('content/generated');
await withLookupModule(
  async ({ buildSectionIndex, buildPhraseDictionary }) => {
    const files = {
      'section-index.json': buildSectionIndex(),
      'phrase-dictionary.json': buildPhraseDictionary(),
    };
    for (const [name, data] of Object.entries(files)) {
      await writeFile(join(OUT, name), JSON.stringify(data) + '\n');
      console.log(`Wrote ${join(OUT, name)}`);
    }
  },
  { minify: false },
);
