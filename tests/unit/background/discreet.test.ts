import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { browser as wxtBrowser } from 'wxt/browser';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyDiscreet, registerDiscreetMode } from '@/entrypoints/background/discreet';
import { APP_TITLE as NORMAL_TITLE, DISCREET_TITLE } from '@/content/ui/titles';
import { discreet } from '@/utils/settings';

type ExtBrowser = typeof wxtBrowser;

/** Just enough of `browser` for the toolbar button, recording every call. */
type Call<T> = (details: T) => Promise<void>;
type TitleDetails = { title: string };
type IconDetails = { path: Record<string, string> };

function mockBrowser(
  overrides: Partial<{ setTitle: Call<TitleDetails>; setIcon: Call<IconDetails> }> = {},
) {
  const setTitle = vi.fn<Call<TitleDetails>>(overrides.setTitle ?? (async () => undefined));
  const setIcon = vi.fn<Call<IconDetails>>(overrides.setIcon ?? (async () => undefined));
  const browser = { action: { setTitle, setIcon } } as unknown as ExtBrowser;
  return { browser, setTitle, setIcon };
}

const NEUTRAL_ICONS = {
  16: '/icon-neutral/16.png',
  32: '/icon-neutral/32.png',
  48: '/icon-neutral/48.png',
  128: '/icon-neutral/128.png',
};

describe('applyDiscreet', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('on: sets the title "Quick reference" and the neutral icons', async () => {
    const { browser, setTitle, setIcon } = mockBrowser();
    await applyDiscreet(browser, true);
    expect(DISCREET_TITLE).toBe('Quick reference');
    expect(setTitle).toHaveBeenCalledExactlyOnceWith({ title: 'Quick reference' });
    expect(setIcon).toHaveBeenCalledExactlyOnceWith({ path: NEUTRAL_ICONS });
  });

  it('on: the title and icon paths say nothing about the subject', async () => {
    const { browser, setTitle, setIcon } = mockBrowser();
    await applyDiscreet(browser, true);
    const said = JSON.stringify([setTitle.mock.calls, setIcon.mock.calls]).toLowerCase();
    for (const word of ['missouri', 'traffick', 'law', 'guide']) expect(said).not.toContain(word);
  });

  it('off: restores the usual title and icons', async () => {
    const { browser, setTitle, setIcon } = mockBrowser();
    await applyDiscreet(browser, false);
    expect(setTitle).toHaveBeenCalledExactlyOnceWith({ title: NORMAL_TITLE });
    expect(NORMAL_TITLE).toMatch(/Missouri/);
    expect(setIcon).toHaveBeenCalledExactlyOnceWith({
      path: { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png', 128: '/icon/128.png' },
    });
  });

  it('every icon it points to exists in public/', async () => {
    const { browser, setIcon } = mockBrowser();
    await applyDiscreet(browser, true);
    await applyDiscreet(browser, false);
    const paths = setIcon.mock.calls.flatMap(([details]) => Object.values(details.path));
    expect(paths).toHaveLength(8);
    for (const path of paths) expect(existsSync(resolve('public', `.${path}`)), path).toBe(true);
  });

  it('does not throw when the browser refuses (e.g. no action API)', async () => {
    const { browser } = mockBrowser({ setIcon: () => Promise.reject(new Error('no icon')) });
    await expect(applyDiscreet(browser, true)).resolves.toBeUndefined();
  });

  it('with the fake browser: the button title really changes, and back', async () => {
    // The fake has no in-memory setIcon; stand one in.
    vi.spyOn(fakeBrowser.action, 'setIcon').mockResolvedValue(undefined);
    const browser = fakeBrowser as unknown as ExtBrowser;
    await applyDiscreet(browser, true);
    expect(await fakeBrowser.action.getTitle({})).toBe('Quick reference');
    await applyDiscreet(browser, false);
    expect(await fakeBrowser.action.getTitle({})).toBe(NORMAL_TITLE);
  });
});

describe('registerDiscreetMode', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('applies the stored setting at start and follows later changes', async () => {
    await discreet.set(true);
    const { browser, setTitle } = mockBrowser();
    registerDiscreetMode(browser);
    await vi.waitFor(() => expect(setTitle).toHaveBeenLastCalledWith({ title: DISCREET_TITLE }));
    await discreet.set(false);
    await vi.waitFor(() => expect(setTitle).toHaveBeenLastCalledWith({ title: NORMAL_TITLE }));
  });
});
