import { defineConfig, type Entrypoint, type EntrypointGroup } from 'wxt';
import preact from '@preact/preset-vite';
import { LOOKUP_COMMAND } from './content/commands';

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

/**
 * Only for the end-to-end tests: a build in its own folder that may read pages of the local test
 * server, standing in for the toolbar click (which grants `activeTab`) that a test cannot make.
 * The shipped build never has a host permission; a test checks it.
 */
const TEST_HOST = process.env.WXT_TEST_HOST_PERMISSION;
if (TEST_HOST !== undefined && !/^http:\/\/(127\.0\.0\.1|localhost)\/\*$/.test(TEST_HOST)) {
  throw new Error('WXT_TEST_HOST_PERMISSION may only name the local test server');
}
if (TEST_HOST !== undefined && !process.env.WXT_OUT_DIR) {
  throw new Error('A build with WXT_TEST_HOST_PERMISSION needs its own WXT_OUT_DIR');
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
    // Words in public/_locales/<language>/messages.json: the browser picks them by its own
    // language (the pages follow the reader's choice, see content/i18n/).
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab + scripting: "Explain this page" and the look-up shortcut read the page the
    // reader is on, only when they ask, and only that tab. No host permission, no content script.
    permissions: ['contextMenus', 'storage', 'activeTab', 'scripting'],
    ...(TEST_HOST ? { host_permissions: [TEST_HOST] } : {}),
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+M' },
        description: '__MSG_commandOpen__',
      },
      // Neutral words: the browser's shortcut list is visible to anyone using the device.
      [LOOKUP_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandLookup__',
      },
    },
    action: {
      default_title: '__MSG_actionTitle__',
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
