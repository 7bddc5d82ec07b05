// Gzipped bytes of what each extension page (or the service worker) loads: its HTML's scripts and
// styles plus every chunk they import, followed transitively. Shared by the budget test and the
// benchmark, so both count the same bytes.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

// Static imports and dynamic import() calls, with any quote style the minifier picks.
const IMPORT =
  /(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["'`]([^"'`]+\.(?:js|css))["'`]|import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

async function collect(root, file, seen) {
  const path = normalize(file);
  if (seen.has(path) || !existsSync(join(root, path))) return;
  seen.add(path);
  if (!path.endsWith('.js')) return;
  const code = await readFile(join(root, path), 'utf8');
  for (const match of code.matchAll(IMPORT)) {
    const spec = match[1] ?? match[2];
    if (!spec || /^[a-z]+:/.test(spec)) continue;
    await collect(root, spec.startsWith('/') ? spec.slice(1) : join(dirname(path), spec), seen);
  }
}

/** Files (JS and CSS) an entry loads. `entry` is an HTML file or a JS file relative to root. */
export async function entryFiles(root, entry) {
  const seen = new Set();
  if (entry.endsWith('.html')) {
    const html = await readFile(join(root, entry), 'utf8');
    for (const match of html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)) {
      const ref = match[1];
      await collect(root, ref.startsWith('/') ? ref.slice(1) : join(dirname(entry), ref), seen);
    }
  } else {
    await collect(root, entry, seen);
  }
  return [...seen];
}

export async function gzippedBytes(root, files) {
  let total = 0;
  for (const file of files)
    total += gzipSync(await readFile(join(root, file)), { level: 9 }).length;
  return total;
}

/** { popup: { files, gzip }, … } for every page and the background. */
export async function entrySizes(root) {
  const entries = {
    popup: 'popup.html',
    options: 'options.html',
    explainer: 'explainer.html',
    sidepanel: 'sidepanel.html',
    background: 'background.js',
  };
  const sizes = {};
  for (const [name, entry] of Object.entries(entries)) {
    if (!existsSync(join(root, entry))) continue;
    const files = await entryFiles(root, entry);
    sizes[name] = { files, gzip: await gzippedBytes(root, files) };
  }
  return sizes;
}
