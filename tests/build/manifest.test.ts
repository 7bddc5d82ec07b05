import { describe, it, expect, vi } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

async function manifest(target: string) {
  return JSON.parse(await readFile(join('.output', target, 'manifest.json'), 'utf8'));
}

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** A build's `_locales/<locale>/messages.json`. */
async function messages(dir: string, locale: string): Promise<Record<string, { message: string }>> {
  return JSON.parse(await readFile(`.output/${dir}/_locales/${locale}/messages.json`, 'utf8'));
}

describe('built manifests: only what the features need', () => {
  it('Chrome MV3: contextMenus, storage, activeTab, scripting and sidePanel; nothing else', async () => {
    const m = await manifest('chrome-mv3');
    expect(m.manifest_version).toBe(3);
    expect([...m.permissions].sort()).toEqual([
      'activeTab',
      'contextMenus',
      'scripting',
      'sidePanel',
      'storage',
    ]);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.content_scripts ?? []).toEqual([]);
    // No custom CSP: the browser's default MV3 policy forbids remote code.
    expect(m.content_security_policy).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    expect(m.web_accessible_resources ?? []).toEqual([]);
    expect(m.side_panel.default_path).toBe('sidepanel.html');
    expect(m.icons).toMatchObject({ 16: expect.any(String), 128: expect.any(String) });
    // Names come from _locales (English by default, Spanish for a Spanish browser).
    expect(m.name).toBe('__MSG_extName__');
    expect(m.default_locale).toBe('en');
    const en = await messages('chrome-mv3', 'en');
    const es = await messages('chrome-mv3', 'es');
    expect(en.extName?.message).toMatch(/Missouri/);
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(es[key]?.message, key).not.toBe(en[key]?.message);
    }
  });

  it('Firefox MV3: gecko id, no data collected, sidebar instead of side panel', async () => {
    const m = await manifest('firefox-mv3');
    expect(m.manifest_version).toBe(3);
    expect([...m.permissions].sort()).toEqual([
      'activeTab',
      'contextMenus',
      'scripting',
      'storage',
    ]);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.content_scripts ?? []).toEqual([]);
    expect(m.content_security_policy).toBeUndefined();
    expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({
      required: ['none'],
    });
    expect(m.sidebar_action.default_panel).toBe('sidepanel.html');
  });

  it('keyboard shortcuts: open the popup (Alt+Shift+M) and look up the selection (Alt+Shift+L)', async () => {
    for (const target of ['chrome-mv3', 'firefox-mv3']) {
      const m = await manifest(target);
      expect(m.commands, target).toEqual({
        _execute_action: {
          suggested_key: { default: 'Alt+Shift+M' },
          description: expect.any(String),
        },
        'lookup-selection': {
          suggested_key: { default: 'Alt+Shift+L' },
          description: expect.any(String),
        },
      });
    }
  });

  it('the page reader is packaged, for the extension only (no content script: see above)', async () => {
    for (const target of ['chrome-mv3', 'firefox-mv3']) {
      const m = await manifest(target);
      expect(m.optional_host_permissions ?? [], target).toEqual([]);
      // Found by the extension only: no web page can load it.
      expect(m.web_accessible_resources ?? [], target).toEqual([]);
      await expect(readFile(join('.output', target, 'page-reader.js'), 'utf8')).resolves.toMatch(
        /pageReader/,
      );
    }
  });

  // `wxt build` reads wxt.config.ts first; loading it fresh under each environment is what a
  // build does before it writes anything.
  it('only the local test server may be named by a test-only build, and only in its own folder', async () => {
    const load = async (env: Record<string, string>) => {
      for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
      try {
        await import(/* @vite-ignore */ `../../wxt.config.ts?env=${JSON.stringify(env)}`);
        return '';
      } catch (error) {
        return (error as Error).message;
      } finally {
        vi.unstubAllEnvs();
      }
    };
    expect(
      await load({ WXT_OUT_DIR: '.output/test-wide', WXT_TEST_HOST_PERMISSION: '<all_urls>' }),
    ).toMatch(/only name the local test server/);
    expect(await load({ WXT_OUT_DIR: '', WXT_TEST_HOST_PERMISSION: 'http://127.0.0.1/*' })).toMatch(
      /its own WXT_OUT_DIR/,
    );
    // And the test server's own build is allowed, in its own folder.
    expect(
      await load({
        WXT_OUT_DIR: '.output/test-host',
        WXT_TEST_HOST_PERMISSION: 'http://127.0.0.1/*',
      }),
    ).toBe('');
  });

  it('ships no code that loads from the network', async () => {
    for (const target of ['chrome-mv3', 'firefox-mv3']) {
      for (const file of await files(join('.output', target))) {
        if (!/\.(js|html)$/.test(file)) continue;
        const text = await readFile(file, 'utf8');
        expect(text, file).not.toMatch(/<script[^>]+src=["']https?:/i);
        expect(text, file).not.toMatch(/\bimport\(\s*["']https?:/);
        // A global fetch( (not a method such as index.fetch() or its definition) or another network API.
        expect(text, file).not.toMatch(
          /(?<![.\w$}])fetch\(|XMLHttpRequest|sendBeacon|new WebSocket|EventSource\(/,
        );
      }
    }
  });
});
