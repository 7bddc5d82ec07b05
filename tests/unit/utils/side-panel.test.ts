import { describe, expect, it, vi } from 'vitest';
import type { browser as wxtBrowser } from 'wxt/browser';
import { openSidePanel } from '@/utils/side-panel';

const as = (apis: object) => apis as unknown as typeof wxtBrowser;

describe('openSidePanel', () => {
  it("opens Chrome's side panel on the window, and says so", async () => {
    const open = vi.fn(async () => undefined);
    expect(await openSidePanel(as({ sidePanel: { open } }), 7)).toBe(true);
    expect(open).toHaveBeenCalledExactlyOnceWith({ windowId: 7 });
  });

  it("opens Firefox's sidebar", async () => {
    const open = vi.fn(async () => undefined);
    expect(await openSidePanel(as({ sidebarAction: { open } }), undefined)).toBe(true);
    expect(open).toHaveBeenCalledOnce();
  });

  it('says it could not when the browser refuses, throws, or has no panel', async () => {
    const refuses = { sidePanel: { open: async () => Promise.reject(new Error('no gesture')) } };
    const throws = {
      sidePanel: {
        open: () => {
          throw new Error('no gesture');
        },
      },
    };
    expect(await openSidePanel(as(refuses), 7)).toBe(false);
    expect(await openSidePanel(as(throws), 7)).toBe(false);
    expect(await openSidePanel(as({}), 7)).toBe(false);
    // Chrome's panel needs a window.
    expect(await openSidePanel(as({ sidePanel: { open: vi.fn() } }), undefined)).toBe(false);
  });
});
