import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App, SAVE_DELAY_MS } from '@/entrypoints/options/App';
import { region, setSyncEnabled, syncEnabled, theme } from '@/utils/settings';

async function stored(area: 'local' | 'sync', key: string): Promise<unknown> {
  return (await fakeBrowser.storage[area].get(key))[key];
}

async function renderPage(hash = '') {
  window.location.hash = hash;
  const view = render(<App />);
  await waitFor(() => expect(view.container.querySelector('[data-ready="true"]')).not.toBeNull());
  return view;
}

const status = () => screen.getByRole('status');
const stateSelect = () => screen.getByRole('combobox', { name: /Region/ });

beforeEach(() => {
  fakeBrowser.reset();
  document.documentElement.removeAttribute('data-theme');
  document.title = '';
});

afterEach(() => {
  window.location.hash = '';
});

describe('options page', () => {
  it('shows 911, a quick exit and "Not legal advice" even before settings load', () => {
    window.location.hash = '';
    render(<App />);
    expect(screen.getByRole('link', { name: 'Call 911' })).toHaveProperty('href', 'tel:911');
    screen.getByRole('button', { name: 'Quick exit' });
    expect(screen.getByRole('contentinfo').textContent).toContain('Not legal advice');
  });

  it('shows the defaults when nothing is stored', async () => {
    await renderPage();
    expect(stateSelect()).toHaveProperty('value', '');
    expect(screen.getByRole('checkbox', { name: /right-click/ })).toHaveProperty('checked', true);
    expect(screen.getByRole('radio', { name: 'Beside the page (side panel)' })).toHaveProperty(
      'checked',
      true,
    );
    expect(screen.getByRole('radio', { name: 'Same as my device' })).toHaveProperty(
      'checked',
      true,
    );
    expect(screen.getByRole('checkbox', { name: 'Use discreet mode' })).toHaveProperty(
      'checked',
      false,
    );
    expect(screen.getByRole('checkbox', { name: /Sync my settings/ })).toHaveProperty(
      'checked',
      false,
    );
    expect(document.title).toBe('Settings: Missouri trafficking law guide');
  });

  it('bad stored data never breaks the page: defaults are shown and storage is repaired', async () => {
    await fakeBrowser.storage.local.set({
      region: { state: '<script>' },
      region$: { v: 2 },
      theme: 42,
      lookupEnabled: 'maybe',
      lookupTarget: null,
      discreet: { on: true },
      syncEnabled: 'yes',
    });
    await renderPage();
    expect(stateSelect()).toHaveProperty('value', '');
    expect(screen.getByRole('radio', { name: 'Same as my device' })).toHaveProperty(
      'checked',
      true,
    );
    expect(screen.getByRole('checkbox', { name: /right-click/ })).toHaveProperty('checked', true);
    expect(screen.getByRole('checkbox', { name: 'Use discreet mode' })).toHaveProperty(
      'checked',
      false,
    );
    await waitFor(async () => expect(await stored('local', 'theme')).toBeUndefined());
    expect(await stored('local', 'region')).toBeUndefined();
  });

  it('choosing Kansas previews its line at once, saves after the pause and announces it', async () => {
    await renderPage();
    fireEvent.change(stateSelect(), { target: { value: 'KS' } });
    const preview = screen.getByRole('region', { name: /Lines the toolbar button will show/ });
    expect(preview.textContent).toContain('1-800-922-5330');
    expect(await stored('local', 'region')).toBeUndefined();
    await waitFor(() => expect(status().textContent?.trim()).toBe('Saved: Region is Kansas'));
    expect(await stored('local', 'region')).toEqual({ state: 'KS' });
    expect(status().getAttribute('aria-live')).toBe('polite');
  });

  it('rapid changes save once, for the last choice', async () => {
    const setRegion = vi.spyOn(region, 'set');
    await renderPage();
    for (const code of ['AL', 'AK', 'AZ', 'KS'])
      fireEvent.change(stateSelect(), { target: { value: code } });
    await waitFor(() => expect(setRegion).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, SAVE_DELAY_MS + 50));
    expect(setRegion).toHaveBeenCalledExactlyOnceWith({ state: 'KS' });
  });

  it('Missouri and an area: saved together, announced with the area', async () => {
    await renderPage();
    fireEvent.change(stateSelect(), { target: { value: 'MO' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Missouri area (optional)' }), {
      target: { value: 'st-louis' },
    });
    await waitFor(() =>
      expect(status().textContent).toContain('Saved: Region is Missouri — St. Louis area'),
    );
    expect(await stored('local', 'region')).toEqual({ state: 'MO', area: 'st-louis' });
    screen.getByText('The Covering House');
  });

  it('first run (#welcome): welcomes, focuses the region list, then says the tab can close', async () => {
    await renderPage('#welcome');
    const welcome = screen.getByRole('region', { name: 'Welcome' });
    expect(welcome.textContent).toContain('Choose your region so we can show the right lines.');
    await waitFor(() => expect(document.activeElement).toBe(stateSelect()));
    fireEvent.change(stateSelect(), { target: { value: 'KS' } });
    await waitFor(() => expect(welcome.textContent).toContain('Saved. You can close this tab.'));
  });

  it('no welcome without #welcome, and focus is left alone', async () => {
    await renderPage();
    expect(screen.queryByRole('region', { name: 'Welcome' })).toBeNull();
    expect(document.activeElement).not.toBe(stateSelect());
  });

  it('theme applies at once, before it is saved', async () => {
    await renderPage();
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    await waitFor(async () => expect(await stored('local', 'theme')).toBe('dark'));
    expect(status().textContent).toContain('Saved: Theme is dark');
  });

  it('reflects changes made elsewhere', async () => {
    await renderPage();
    await theme.set('light');
    await region.set({ state: 'MO', area: 'kansas-city' });
    await waitFor(() =>
      expect(screen.getByRole('radio', { name: 'Light' })).toHaveProperty('checked', true),
    );
    await waitFor(() => expect(document.documentElement.getAttribute('data-theme')).toBe('light'));
    await waitFor(() => expect(stateSelect()).toHaveProperty('value', 'MO'));
    expect(screen.getByRole('combobox', { name: 'Missouri area (optional)' })).toHaveProperty(
      'value',
      'kansas-city',
    );
  });

  it('changing back to the stored value still lets later outside changes show', async () => {
    await region.set({ state: 'KS' });
    await renderPage();
    await waitFor(() => expect(stateSelect()).toHaveProperty('value', 'KS'));
    fireEvent.change(stateSelect(), { target: { value: 'AL' } });
    fireEvent.change(stateSelect(), { target: { value: 'KS' } });
    await waitFor(() => expect(status().textContent).toContain('Saved: Region is Kansas'));
    await region.set({ state: 'MO' });
    await waitFor(() => expect(stateSelect()).toHaveProperty('value', 'MO'));
  });

  it('lookup off: saved, announced, and the page says the menu item goes away', async () => {
    await renderPage();
    const box = screen.getByRole('checkbox', { name: /right-click/ });
    expect(box.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(box.getAttribute('aria-describedby')!)?.textContent).toContain(
      'Turning this off removes the menu item',
    );
    fireEvent.click(box);
    await waitFor(() => expect(status().textContent).toContain('Saved: Right-click lookup is off'));
    expect(await stored('local', 'lookupEnabled')).toBe(false);
  });

  it('where lookups open: a new tab', async () => {
    await renderPage();
    const group = screen.getByRole('group', { name: 'Where lookups open' });
    expect(group.textContent).toContain('The side panel is used when your browser has one');
    fireEvent.click(within(group).getByRole('radio', { name: 'In a new tab' }));
    await waitFor(async () => expect(await stored('local', 'lookupTarget')).toBe('tab'));
    expect(status().textContent).toContain('Saved: Lookups open in a new tab');
  });

  it('discreet mode: explained plainly, and the tab title becomes "Quick reference"', async () => {
    await renderPage();
    const box = screen.getByRole('checkbox', { name: 'Use discreet mode' });
    const help = document.getElementById(box.getAttribute('aria-describedby')!)!.textContent;
    expect(help).toContain('Quick reference');
    expect(help).toContain('history');
    expect(help).toContain('list of extensions');
    fireEvent.click(box);
    await waitFor(() => expect(document.title).toBe('Quick reference'));
    expect(screen.queryByText('Missouri trafficking law guide')).toBeNull();
    await waitFor(async () => expect(await stored('local', 'discreet')).toBe(true));
  });

  it('sync: opt-in, moves the settings, and says so', async () => {
    await region.set({ state: 'KS' });
    await renderPage();
    const box = screen.getByRole('checkbox', { name: 'Sync my settings across my browsers' });
    screen.getByText(/Sync is off/);
    fireEvent.click(box);
    // The switch follows the click at once, while the settings move.
    expect(box).toHaveProperty('checked', true);
    await waitFor(() => expect(status().textContent).toContain('Sync is on'));
    expect(await syncEnabled.getValue()).toBe(true);
    expect(await stored('sync', 'region')).toEqual({ state: 'KS' });
    expect(await stored('local', 'region')).toBeUndefined();
    await new Promise((r) => setTimeout(r, 50));
    expect(box).toHaveProperty('checked', true);
  });

  it('sync refused (quota): says so calmly and keeps everything on this device', async () => {
    await renderPage();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    await region.set({ state: 'KS' });
    fireEvent.click(screen.getByRole('checkbox', { name: /Sync my settings/ }));
    const calm = 'Sync is not available right now, so your settings stay on this device.';
    await waitFor(() => expect(status().textContent).toContain(calm));
    expect(screen.getAllByText(calm).length).toBeGreaterThanOrEqual(1);
    expect(screen.getByRole('checkbox', { name: /Sync my settings/ })).toHaveProperty(
      'checked',
      false,
    );
    expect(await stored('local', 'region')).toEqual({ state: 'KS' });
  });

  it('a save that fails on sync falls back to this device and says so', async () => {
    await setSyncEnabled(true);
    await renderPage();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    await waitFor(() =>
      expect(status().textContent).toContain(
        'Saved: Theme is dark. Sync is not available right now',
      ),
    );
    expect(await stored('local', 'theme')).toBe('dark');
    await waitFor(() =>
      expect(screen.getByRole('checkbox', { name: /Sync my settings/ })).toHaveProperty(
        'checked',
        false,
      ),
    );
  });

  it('reset asks first with a real button, then restores every default', async () => {
    await region.set({ state: 'KS' });
    await theme.set('dark');
    await renderPage();
    await waitFor(() => expect(document.documentElement.getAttribute('data-theme')).toBe('dark'));
    fireEvent.click(screen.getByRole('button', { name: 'Reset all settings' }));
    // Nothing is reset yet; focus moves to the question.
    expect(await stored('local', 'region')).toEqual({ state: 'KS' });
    const question = screen.getByText(/Reset every setting to its default/);
    expect(document.activeElement).toBe(question);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, reset' }));
    await waitFor(() =>
      expect(status().textContent).toContain('All settings are back to their defaults.'),
    );
    expect(await stored('local', 'region')).toBeUndefined();
    expect(await stored('local', 'theme')).toBeUndefined();
    await waitFor(() => expect(stateSelect()).toHaveProperty('value', ''));
    // Changes are read once per burst, a moment after the last one.
    await waitFor(() => expect(document.documentElement.hasAttribute('data-theme')).toBe(false));
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: 'Reset all settings' }),
      ),
    );
  });

  it('reset can be cancelled (button or Esc) without changing anything', async () => {
    await region.set({ state: 'KS' });
    await renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'Reset all settings' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('button', { name: 'Yes, reset' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reset all settings' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reset all settings' }));
    fireEvent.keyDown(screen.getByText(/Reset every setting/), { key: 'Escape' });
    expect(screen.queryByRole('button', { name: 'Yes, reset' })).toBeNull();
    expect(await stored('local', 'region')).toEqual({ state: 'KS' });
  });

  it('privacy: says what is stored, where, and that nothing leaves the device', async () => {
    await renderPage();
    const text = screen.getByRole('region', { name: 'Privacy' }).textContent ?? '';
    expect(text).toContain('region');
    expect(text).toContain('local extension storage');
    expect(text).toContain('only in memory');
    expect(text).toContain('no network requests');
    expect(text).toContain('no analytics');
  });

  it('headings are in order: one h1, then h2s, then h3/h4 inside', async () => {
    await renderPage('#welcome');
    const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) =>
      Number(h.tagName[1]),
    );
    expect(levels[0]).toBe(1);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    for (let i = 1; i < levels.length; i++)
      expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
  });
});
