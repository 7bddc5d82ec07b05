// `npm run build:index`: trains the right-click lookup's model (buildLookupModel in
// content/lookup/model.ts) and saves it, so the extension loads it instead of training it. Run it
// after changing the explainer's text, sections, FAQs, glossary or the lookup's examples; a unit
// test says when it is due.
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { withLookupModule } from './load-lookup.mjs';

const OUT = resolve('content/generated');
await withLookupModule(
  async ({ buildLookupModel, buildSpanishLookupModel }) => {
    const files = {
      'lookup-model.json': buildLookupModel(),
      'lookup-model-es.json': buildSpanishLookupModel(),
    };
    for (const [name, data] of Object.entries(files)) {
      await writeFile(join(OUT, name), JSON.stringify(data) + '\n');
      console.log(`Wrote ${join(OUT, name)}`);
    }
  },
  { minify: false },
);
