import { defineConfig, type Entrypoint, type EntrypointGroup } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * WXT builds every page in one Vite build, so the code they share is split into a dozen small
 * files that each page then fetches before it can run. Built apart, a page loads one script and
 * one stylesheet. The explainer tab and the side panel show the same view, so they stay together
 * and share it.
 */
function buildPagesApart(groups: EntrypointGroup[]): void {
  const index = groups.findIndex((group) => Array.isArray(group) && group[0]?.type !== 'sandbox');
  if (index < 0) return;
  const pages = groups[index] as Entrypoint[];
  const together = new Set(['explainer', 'sidepanel']);
  const apart: EntrypointGroup[] = pages.filter((p) => !together.has(p.name)).map((p) => [p]);
  const shared = pages.filter((p) => together.has(p.name));
  groups.splice(index, 1, ...apart, ...(shared.length ? [shared] : []));
}

// The manifest is the privacy promise: keep permissions to what features need.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Parallel builds (e.g. the benchmark) can use their own folder.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  imports: false,
  hooks: {
    'entrypoints:grouped': (_wxt, groups) => buildPagesApart(groups),
  },
  vite: () => ({
    plugins: [preact()],
    // The polyfill preloads modules with fetch(); extension pages do not need it.
    build: { modulePreload: { polyfill: false } },
  }),
  manifest: ({ browser }) => ({
    name: 'Missouri Trafficking Law Guide',
    short_name: 'MO Trafficking Guide',
    description:
      'Missouri sex-trafficking law in plain words, with cited sources, and the right number to call. No data collected.',
    permissions: ['contextMenus', 'storage'],
    action: {
      default_title: 'Missouri trafficking law guide',
      default_icon: {
        16: '/icon/16.png',
        32: '/icon/32.png',
        48: '/icon/48.png',
        128: '/icon/128.png',
      },
    },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'mo-trafficking-law-guide@example.org',
              // data_collection_permissions needs Firefox 140 (Android 142).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          }
        : undefined,
  }),
});
