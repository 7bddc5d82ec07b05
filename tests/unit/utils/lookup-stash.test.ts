import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_SELECTION_CHARS } from '@/content/limits';
import {
  SEARCH_HANDOFF_KEY,
  pendingLookup,
  stashSearch,
  stashSelection,
  takeSearch,
  takeSelection,
} from '@/utils/lookup-stash';

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('right-click selection hand-off', () => {
  it('keeps the text in session storage under a random token, and hands it over once', async () => {
    const entry = await stashSelection('charged with sexual trafficking of a child', 'tab', 1000);
    expect(entry.token).toMatch(/^[0-9a-f]{24}$/);
    expect(await takeSelection('0'.repeat(24))).toBeNull();
    expect(await takeSelection(entry.token)).toEqual({
      token: entry.token,
      text: 'charged with sexual trafficking of a child',
      createdAt: 1000,
      opensIn: 'tab',
    });
    expect(await takeSelection(entry.token)).toBeNull();
  });

  it('without a token (the side panel), takes a lookup for the panel but leaves one for a tab', async () => {
    const forTab = await stashSelection('sentenced to 25 years', 'tab', 1000);
    expect(await takeSelection()).toBeNull();
    expect((await pendingLookup.getValue())?.token).toBe(forTab.token);
    await stashSelection('task force', 'panel', 1000);
    expect((await takeSelection())?.text).toBe('task force');
    expect(await pendingLookup.getValue()).toBeNull();
  });

  it('a take settles, never rejects, so a page can wait for it', async () => {
    expect(await takeSelection('2'.repeat(24))).toBeNull();
    vi.spyOn(fakeBrowser.storage.session, 'get').mockRejectedValue(new Error('gone'));
    expect(await takeSelection('3'.repeat(24))).toBeNull();
  });

  it('keeps no more of a selection than the lookup reads', async () => {
    await stashSelection('x'.repeat(MAX_SELECTION_CHARS + 100));
    expect((await pendingLookup.getValue())!.text).toHaveLength(MAX_SELECTION_CHARS);
  });
});

describe('popup search hand-off', () => {
  it('is read once, then gone', async () => {
    await stashSearch('T visa');
    expect((await fakeBrowser.storage.session.get(SEARCH_HANDOFF_KEY))[SEARCH_HANDOFF_KEY]).toBe(
      'T visa',
    );
    expect(await takeSearch()).toBe('T visa');
    expect(await fakeBrowser.storage.session.get(SEARCH_HANDOFF_KEY)).toEqual({});
    expect(await takeSearch()).toBe('');
  });

  it('reads anything that is not text as no search, and removes it', async () => {
    await fakeBrowser.storage.session.set({ [SEARCH_HANDOFF_KEY]: { evil: true } });
    expect(await takeSearch()).toBe('');
    expect(await fakeBrowser.storage.session.get(SEARCH_HANDOFF_KEY)).toEqual({});
  });
});
