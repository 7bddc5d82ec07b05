import { describe, it, expect, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { browser as wxtBrowser } from 'wxt/browser';
import { MENU_ID, registerMenus, syncMenu } from '@/entrypoints/background/menus';
import { lookupMenuTitle as menuTitle } from '@/content/ui/titles';
import { language, lookupEnabled, lookupTarget } from '@/utils/settings';
import { pendingLookup } from '@/utils/lookup-stash';

type Listener = (...args: unknown[]) => unknown;

/** The real fake browser, plus the menu and side-panel APIs it lacks. */
function mockBrowser(options: { sidePanel?: boolean } = {}) {
  const listeners = { installed: [] as Listener[], clicked: [] as Listener[] };
  const created: unknown[] = [];
  const contextMenus = {
    create: vi.fn((props: unknown) => created.push(props)),
    removeAll: vi.fn(async () => {
      created.length = 0;
    }),
    onClicked: { addListener: vi.fn((l: Listener) => listeners.clicked.push(l)) },
  };
  const tabsCreate = vi.fn(async (props: { url: string }) => ({ id: 99, ...props }));
  const sidePanelOpen = vi.fn(async () => undefined);
  const browser = {
    ...fakeBrowser,
    runtime: {
      ...fakeBrowser.runtime,
      getURL: (path: string) => `chrome-extension://test${path}`,
      onInstalled: { addListener: (l: Listener) => listeners.installed.push(l) },
    },
    tabs: { ...fakeBrowser.tabs, create: tabsCreate },
    contextMenus,
    ...(options.sidePanel ? { sidePanel: { open: sidePanelOpen } } : {}),
  } as unknown as typeof wxtBrowser;
  return { browser, listeners, created, contextMenus, tabsCreate, sidePanelOpen };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('background: the right-click lookup item', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('registers the click listener synchronously, so it works after a service-worker restart', () => {
    const m = mockBrowser();
    registerMenus(m.browser);
    expect(m.contextMenus.onClicked.addListener).toHaveBeenCalledTimes(1);
    expect(m.listeners.installed).toHaveLength(1);
  });

  it('creates one selection item on install, titled with the selection', async () => {
    const m = mockBrowser();
    registerMenus(m.browser);
    await m.listeners.installed[0]!({ reason: 'install' });
    await flush();
    expect(m.created).toEqual([{ id: MENU_ID, title: menuTitle(false), contexts: ['selection'] }]);
    expect(menuTitle(false)).toContain('%s');
  });

  it('names the guide in the item, and only "Quick reference" in discreet mode', () => {
    expect(menuTitle(false)).toBe('Look up “%s” in the Missouri trafficking law guide');
    expect(menuTitle(true)).toBe('Look up “%s” in Quick reference');
  });

  it('names the item in the reader’s language, and follows a change of language', async () => {
    const m = mockBrowser();
    registerMenus(m.browser);
    await language.set('es');
    await flush();
    expect(m.created).toEqual([
      {
        id: MENU_ID,
        title: 'Buscar “%s” en la guía de la ley de trata de Missouri',
        contexts: ['selection'],
      },
    ]);
    await language.set('en');
    await flush();
    expect(m.created).toEqual([{ id: MENU_ID, title: menuTitle(false), contexts: ['selection'] }]);
  });

  it('runs overlapping updates one at a time: one item, never a duplicate id', async () => {
    const m = mockBrowser();
    // A browser that, like Chrome, refuses a second item with the same id.
    m.contextMenus.create.mockImplementation((props: unknown) => {
      if (m.created.some((c) => (c as { id: string }).id === (props as { id: string }).id)) {
        throw new Error('duplicate id');
      }
      return m.created.push(props);
    });
    // The browser clears the menu at once and answers a moment later.
    m.contextMenus.removeAll.mockImplementation(async () => {
      m.created.length = 0;
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
    const updates = [syncMenu(m.browser), syncMenu(m.browser), syncMenu(m.browser)];
    await expect(Promise.all(updates)).resolves.toBeDefined();
    expect(m.created).toHaveLength(1);
  });

  it('removes the item when lookup is turned off and restores it when turned on', async () => {
    const m = mockBrowser();
    await lookupEnabled.set(false);
    await syncMenu(m.browser);
    expect(m.created).toEqual([]);
    await lookupEnabled.set(true);
    await syncMenu(m.browser);
    expect(m.created).toHaveLength(1);
  });

  it('a click stashes the selection in session storage and opens the explainer without it in the URL', async () => {
    const m = mockBrowser();
    await lookupTarget.set('tab');
    registerMenus(m.browser);
    await flush();
    const selection = 'sentenced to 25 years for sexual trafficking of a child';
    m.listeners.clicked[0]!(
      { menuItemId: MENU_ID, selectionText: selection },
      { id: 3, windowId: 1 },
    );
    await flush();
    const stash = await pendingLookup.getValue();
    expect(stash?.text).toBe(selection);
    // Where it opens is decided here, so the side panel leaves it to the tab.
    expect(stash?.opensIn).toBe('tab');
    expect(m.tabsCreate).toHaveBeenCalledTimes(1);
    const url = m.tabsCreate.mock.calls[0]![0].url;
    expect(url).toBe(`chrome-extension://test/explainer.html#lookup=${stash!.token}`);
    expect(url).not.toContain('sentenced');
  });

  it('opens the side panel when the browser has one and the setting allows', async () => {
    const m = mockBrowser({ sidePanel: true });
    await lookupTarget.set('side-panel');
    registerMenus(m.browser);
    await flush();
    m.listeners.clicked[0]!(
      { menuItemId: MENU_ID, selectionText: 'task force' },
      { id: 3, windowId: 7 },
    );
    await flush();
    expect(m.sidePanelOpen).toHaveBeenCalledWith({ windowId: 7 });
    expect(m.tabsCreate).not.toHaveBeenCalled();
    expect(await pendingLookup.getValue()).toMatchObject({ text: 'task force', opensIn: 'panel' });
  });

  it('falls back to a tab when the side panel cannot open', async () => {
    const m = mockBrowser({ sidePanel: true });
    m.sidePanelOpen.mockRejectedValueOnce(new Error('needs a user gesture'));
    registerMenus(m.browser);
    await flush();
    m.listeners.clicked[0]!({ menuItemId: MENU_ID, selectionText: 'pimp' }, { id: 3, windowId: 7 });
    await flush();
    expect(m.tabsCreate).toHaveBeenCalledTimes(1);
  });

  it('ignores other menu items and survives a missing selection', async () => {
    const m = mockBrowser();
    await lookupTarget.set('tab');
    registerMenus(m.browser);
    await flush();
    m.listeners.clicked[0]!({ menuItemId: 'something-else', selectionText: 'x' }, undefined);
    await flush();
    expect(m.tabsCreate).not.toHaveBeenCalled();
    m.listeners.clicked[0]!({ menuItemId: MENU_ID }, undefined);
    await flush();
    expect(m.tabsCreate).toHaveBeenCalledTimes(1);
    expect((await pendingLookup.getValue())?.text).toBe('');
  });
});
