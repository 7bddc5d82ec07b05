// Gzipped bytes of what each extension page (or the service worker) loads: its HTML's scripts and
// styles plus every chunk they import, followed transitively. Shared by the budget test and the
// benchmark, so both count the same bytes. `initial` counts what loads before the page paints:
// what its HTML asks for (scripts, styles, and the modules it preloads, which the popup waits for
// before drawing) with their static imports; `all` adds what loads after (dynamic import()).
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const STATIC_IMPORT =
  /(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["'`]([^"'`]+\.(?:js|css))["'`]/g;
const DYNAMIC_IMPORT = /import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

async function collect(root, file, seen, followDynamic, skip) {
  const path = normalize(file);
  if (seen.has(path) || !existsSync(join(root, path))) return;
  if (!path.endsWith('.js')) {
    seen.add(path);
    return;
  }
  const code = await readFile(join(root, path), 'utf8');
  if (skip?.(code)) return;
  seen.add(path);
  const specs = [...code.matchAll(STATIC_IMPORT)].map((m) => m[1]);
  if (followDynamic) specs.push(...[...code.matchAll(DYNAMIC_IMPORT)].map((m) => m[1]));
  // Vite lists a dynamic chunk's CSS and dependencies by path from the extension root.
  if (followDynamic) {
    for (const m of code.matchAll(/["'`]((?:chunks|assets)\/[^"'`]+\.(?:js|css))["'`]/g)) {
      specs.push(`/${m[1]}`);
    }
  }
  for (const spec of specs) {
    if (!spec || /^[a-z]+:/.test(spec)) continue;
    const next = spec.startsWith('/') ? spec.slice(1) : join(dirname(path), spec);
    await collect(root, next, seen, followDynamic, skip);
  }
}

/** The JS and CSS files a page's HTML asks for, with how (`script`, `stylesheet`, `modulepreload`). */
export function htmlRefs(html) {
  const refs = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const ref = /\b(?:src|href)="([^"]+\.(?:js|css))"/.exec(tag)?.[1];
    if (!ref) continue;
    const rel = tag.startsWith('<script') ? 'script' : /\brel="([^"]+)"/.exec(tag)?.[1];
    refs.push({ ref, rel });
  }
  return refs;
}

/**
 * Files (JS and CSS) an entry loads. `entry` is an HTML file or a JS file relative to root;
 * `skip` leaves out chunks (and what only they load), e.g. the Spanish ones for an English page.
 */
export async function entryFiles(root, entry, { followDynamic = true, skip } = {}) {
  const seen = new Set();
  if (entry.endsWith('.html')) {
    const html = await readFile(join(root, entry), 'utf8');
    // A module preloaded by the HTML is one the page waits for before its first render.
    for (const { ref } of htmlRefs(html)) {
      const file = ref.startsWith('/') ? ref.slice(1) : join(dirname(entry), ref);
      await collect(root, file, seen, followDynamic, skip);
    }
  } else {
    await collect(root, entry, seen, followDynamic, skip);
  }
  return [...seen];
}

/**
 * Gzipped size of each file read so far: pages share most of their files. Keyed by path, size and
 * time of change too, so a rebuild in the same process (some names carry no hash) is measured anew.
 */
const gzipped = new Map();

export async function gzippedBytes(root, files) {
  let total = 0;
  for (const file of files) {
    const path = join(root, file);
    const { size, mtimeMs } = await stat(path);
    const key = `${path}\0${size}\0${mtimeMs}`;
    if (!gzipped.has(key)) gzipped.set(key, gzipSync(await readFile(path), { level: 9 }).length);
    total += gzipped.get(key);
  }
  return total;
}

const ENTRIES = {
  popup: 'popup.html',
  options: 'options.html',
  explainer: 'explainer.html',
  sidepanel: 'sidepanel.html',
  background: 'background.js',
};

/**
 * The chunks that start the Spanish parts: the Spanish words (content/es/index.ts, the content
 * object with `locale: 'es'`) and the Spanish lookup model (`language: 'es'`), loaded only by a
 * page shown in Spanish or for a Spanish selection. Found by what they hold, since chunk names
 * are the bundler's choice.
 */
export const SPANISH_CHUNK = (code) => /\b(?:locale|language):\s*["'`]es["'`]/.test(code);

/**
 * { popup: { initial, all, english, files }, … } in gzipped bytes, for every page and the
 * background: `english` is what the page loads in English (all but the Spanish chunks).
 */
export async function entrySizes(root) {
  const sizes = {};
  for (const [name, entry] of Object.entries(ENTRIES)) {
    if (!existsSync(join(root, entry))) continue;
    const initialFiles = await entryFiles(root, entry, { followDynamic: false });
    const files = await entryFiles(root, entry);
    const englishFiles = await entryFiles(root, entry, { skip: SPANISH_CHUNK });
    sizes[name] = {
      files,
      englishFiles,
      initial: await gzippedBytes(root, initialFiles),
      all: await gzippedBytes(root, files),
      english: await gzippedBytes(root, englishFiles),
    };
  }
  return sizes;
}
