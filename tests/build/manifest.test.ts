import { describe, it, expect } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

async function manifest(target: string) {
  return JSON.parse(await readFile(join('.output', target, 'manifest.json'), 'utf8'));
}

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe('built manifests: only what the features need', () => {
  it('Chrome MV3: contextMenus, storage and sidePanel; nothing else', async () => {
    const m = await manifest('chrome-mv3');
    expect(m.manifest_version).toBe(3);
    expect([...m.permissions].sort()).toEqual(['contextMenus', 'sidePanel', 'storage']);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.content_scripts ?? []).toEqual([]);
    // No custom CSP: the browser's default MV3 policy forbids remote code.
    expect(m.content_security_policy).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    expect(m.web_accessible_resources ?? []).toEqual([]);
    expect(m.side_panel.default_path).toBe('sidepanel.html');
    expect(m.icons).toMatchObject({ 16: expect.any(String), 128: expect.any(String) });
    expect(m.name).toMatch(/Missouri/);
  });

  it('Firefox MV3: gecko id, no data collected, sidebar instead of side panel', async () => {
    const m = await manifest('firefox-mv3');
    expect(m.manifest_version).toBe(3);
    expect([...m.permissions].sort()).toEqual(['contextMenus', 'storage']);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.content_scripts ?? []).toEqual([]);
    expect(m.content_security_policy).toBeUndefined();
    expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({
      required: ['none'],
    });
    expect(m.sidebar_action.default_panel).toBe('sidepanel.html');
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
