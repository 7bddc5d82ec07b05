import type { browser as wxtBrowser } from 'wxt/browser';

/** The side panel APIs differ per browser, and both are optional. */
interface PanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

/**
 * Opens Chrome's side panel or Firefox's sidebar on the given window. Browsers allow this only
 * inside the user's click, so call it straight from the click handler with no await before it.
 * Resolves false when it cannot (no such API, no window, no gesture), so the caller can open a
 * tab instead.
 */
export function openSidePanel(
  browser: typeof wxtBrowser,
  windowId: number | undefined,
): Promise<boolean> {
  const apis = browser as unknown as PanelApis;
  const opened = () => true;
  const refused = () => false;
  try {
    if (apis.sidePanel && windowId !== undefined) {
      return apis.sidePanel.open({ windowId }).then(opened, refused);
    }
    if (apis.sidebarAction) return apis.sidebarAction.open().then(opened, refused);
  } catch {
    // Older browsers throw synchronously when the gesture is missing.
  }
  return Promise.resolve(false);
}
