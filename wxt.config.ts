import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The manifest is the privacy promise: keep permissions to what features need.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Parallel builds (e.g. the benchmark) can use their own folder.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  imports: false,
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
