import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';
import { readAll } from '@/utils/settings';
import { SEARCH_HANDOFF_KEY } from '@/utils/lookup-stash';

const MO_CHILD_LINE = '1-800-392-3738';
const KS_CHILD_LINE = '1-800-922-5330';

async function renderPopup() {
  const view = render(<App />);
  await waitFor(() => expect(view.container.querySelector('[data-ready="true"]')).not.toBeNull(), {
    timeout: 5000,
  });
  return view;
}

const telTexts = () =>
  Array.from(document.querySelectorAll('a[href^="tel:"]')).map((a) => a.textContent);

let close: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  fakeBrowser.reset();
  document.title = '';
  document.documentElement.removeAttribute('data-theme');
  close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
  // A test may stub the side panel API; remove it here so a failing test cannot leak it.
  delete (fakeBrowser as unknown as { sidePanel?: unknown }).sidePanel;
});

describe('popup', () => {
  it('shows 911 and the national hotline before anything has loaded', () => {
    render(<App />);
    expect(screen.getByRole('link', { name: 'Call 911' }).getAttribute('href')).toBe('tel:911');
    expect(
      screen
        .getByRole('link', { name: 'Call the National Human Trafficking Hotline, 1-888-373-7888' })
        .getAttribute('href'),
    ).toBe('tel:+18883737888');
    screen.getByRole('button', { name: 'Quick exit' });
  });

  it('shows national resources and a way to set a region when none is chosen', async () => {
    const openOptionsPage = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue();
    await renderPopup();
    screen.getByText(/Showing national resources\./);
    expect(telTexts()).not.toContain(MO_CHILD_LINE);
    fireEvent.click(screen.getByRole('button', { name: 'Set region' }));
    await waitFor(() => expect(close).toHaveBeenCalled());
    expect(openOptionsPage).toHaveBeenCalledOnce();
  });

  it('lists the stored region’s lines, and Change opens the options page', async () => {
    const openOptionsPage = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue();
    await fakeBrowser.storage.local.set({ region: { state: 'KS' } });
    await renderPopup();
    expect(document.querySelector('.region-line')?.textContent).toContain(
      'Showing resources for Kansas',
    );
    expect(telTexts()).toContain(KS_CHILD_LINE);
    expect(telTexts()).not.toContain(MO_CHILD_LINE);
    fireEvent.click(screen.getByRole('button', { name: 'Change region' }));
    await waitFor(() => expect(openOptionsPage).toHaveBeenCalledOnce());
    await waitFor(() => expect(close).toHaveBeenCalled());
  });

  it('follows a region change made while it is open', async () => {
    await renderPopup();
    await fakeBrowser.storage.local.set({ region: { state: 'MO' } });
    await waitFor(() => expect(telTexts()).toContain(MO_CHILD_LINE));
  });

  it('keeps lower groups behind a "More lines" disclosure that keeps them reachable', async () => {
    await fakeBrowser.storage.local.set({ region: { state: 'MO', area: 'st-louis' } });
    await renderPopup();
    const more = screen.getByRole('button', { name: /^More lines \(\d+\)$/ });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    const body = document.getElementById(more.getAttribute('aria-controls')!)!;
    expect(body.hidden).toBe(true);
    // Closed, the lower groups are not drawn at all (a good part of the popup's work).
    expect(body.childElementCount).toBe(0);
    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(body.hidden).toBe(false);
    within(body).getByRole('heading', { name: 'Other national lines' });
    // The Missouri lines themselves are not hidden.
    expect(
      screen.getByRole('link', { name: new RegExp(MO_CHILD_LINE) }).closest('[hidden]'),
    ).toBeNull();
  });

  it('given the settings, draws the whole popup in its first render', async () => {
    await fakeBrowser.storage.local.set({ region: { state: 'KS' }, theme: 'dark' });
    const view = render(<App initialSettings={await readAll()} />);
    // No waiting: the lines, the questions and the theme are there at once.
    expect(view.container.querySelector('[data-ready="true"]')).not.toBeNull();
    expect(telTexts()).toContain(KS_CHILD_LINE);
    screen.getByRole('searchbox');
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
  });

  it('uses a neutral title in discreet mode', async () => {
    await fakeBrowser.storage.local.set({ discreet: true });
    await renderPopup();
    await waitFor(() => expect(document.title).toBe('Quick reference'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Quick reference');
  });

  it('applies the theme setting', async () => {
    await fakeBrowser.storage.local.set({ theme: 'dark' });
    await renderPopup();
    await waitFor(() => expect(document.documentElement.getAttribute('data-theme')).toBe('dark'));
  });

  it('opens "Read more" in a new tab at the FAQ’s section, then closes', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Can I report anonymously?' }));
    const answer = screen.getByRole('region', { name: 'Can I report anonymously?' });
    fireEvent.click(within(answer).getByRole('link', { name: 'Read more in the explainer' }));
    await waitFor(() => expect(create).toHaveBeenCalled());
    expect(create.mock.calls[0]![0]).toEqual({
      url: expect.stringMatching(/\/explainer\.html#reporting$/),
    });
    await waitFor(() => expect(close).toHaveBeenCalled());
  });

  it('hands an unmatched search to the explainer through session storage only', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await renderPopup();
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search questions' }), {
      target: { value: 'zzzqqq' },
    });
    // Typed before the search engine has loaded: it is ranked as soon as the engine arrives.
    fireEvent.click(await screen.findByRole('button', { name: 'Search the full explainer' }));
    await waitFor(() => expect(create).toHaveBeenCalled());
    const url = (create.mock.calls[0]![0] as { url: string }).url;
    expect(url).toMatch(/\/explainer\.html#search$/);
    expect(url).not.toContain('zzzqqq');
    expect((await fakeBrowser.storage.session.get(SEARCH_HANDOFF_KEY))[SEARCH_HANDOFF_KEY]).toBe(
      'zzzqqq',
    );
  });

  it('opens the explainer beside the page with the side panel, from the click', async () => {
    const open = vi.fn(() => Promise.resolve());
    (fakeBrowser as unknown as { sidePanel: unknown }).sidePanel = { open };
    const win = await fakeBrowser.windows.create({ focused: true });
    await renderPopup();
    await new Promise((resolve) => setTimeout(resolve, 0));
    fireEvent.click(screen.getByRole('link', { name: 'Open the explainer beside this page' }));
    expect(open).toHaveBeenCalledWith({ windowId: win.id });
    await waitFor(() => expect(close).toHaveBeenCalled());
  });

  it('falls back to a tab when there is no side panel', async () => {
    expect((fakeBrowser as unknown as { sidePanel?: unknown }).sidePanel).toBeUndefined();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await renderPopup();
    fireEvent.click(screen.getByRole('link', { name: 'Open the explainer beside this page' }));
    await waitFor(() => expect(create).toHaveBeenCalled());
    expect(create.mock.calls[0]![0]).toEqual({ url: expect.stringMatching(/\/explainer\.html$/) });
  });

  it('ends with "Not legal advice" and the review date', async () => {
    await renderPopup();
    expect(screen.getByRole('contentinfo').textContent).toMatch(/Not legal advice.*Last reviewed/);
  });
});

describe('popup groups', () => {
  it('keeps a note-only group in view (Missouri with no area chosen)', async () => {
    await fakeBrowser.storage.local.set({ region: { state: 'MO' } });
    await renderPopup();
    const heading = screen.getByRole('heading', { name: 'Local organizations' });
    expect(heading.closest('[hidden]')).toBeNull();
    screen.getByText(/Choose your area of Missouri/);
  });

  it('outside the United States: says so, and still lists the national lines', async () => {
    await fakeBrowser.storage.local.set({ region: { state: 'OUTSIDE_US' } });
    await renderPopup();
    expect(document.querySelector('.region-line')?.textContent).toContain(
      'Outside the United States',
    );
    screen.getByText(/We have no lines for places outside the United States/);
    screen.getByRole('button', { name: /^More lines/ });
  });
});
