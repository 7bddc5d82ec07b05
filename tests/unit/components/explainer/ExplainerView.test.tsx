import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ExplainerView } from '@/components/explainer/ExplainerView';
import { firstScreenBlocks } from '@/components/explainer/first-screen';
import { lookup, searchExplainer } from '@/content/lookup';
import { glossary } from '@/content/glossary';
import { sectionById, sections } from '@/content/sections';
import { SECTION_IDS } from '@/content/types';
import { SEARCH_HANDOFF_KEY, pendingLookup } from '@/utils/lookup-stash';
import type { AllSettings } from '@/utils/settings';

// Full renders of the explainer take a moment in happy-dom.
vi.setConfig({ testTimeout: 15_000 });

// The real rule, which a test can narrow to prove a glossary entry is drawn whatever it says.
vi.mock('@/components/explainer/first-screen', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/components/explainer/first-screen')>();
  return { ...real, firstScreenBlocks: vi.fn(real.firstScreenBlocks) };
});

vi.mock('@/content/lookup', () => ({
  lookup: vi.fn(() => null),
  prepareLookup: vi.fn(async () => undefined),
  searchExplainer: vi.fn(() => []),
}));

const SETTINGS: AllSettings = {
  region: null,
  lookupEnabled: true,
  lookupTarget: 'side-panel',
  theme: 'system',
  language: 'en',
  discreet: false,
};

const TOKEN = 'abcdef0123456789';

/**
 * Sets the URL as if the page had been opened with it. happy-dom fires a
 * (non-standard) hashchange for replaceState a tick later: let it pass first.
 */
async function setHash(hash: string) {
  history.replaceState(null, '', `/explainer.html${hash}`);
  await new Promise((resolve) => setTimeout(resolve, 5));
}

async function renderView(
  variant: 'page' | 'panel' = 'page',
  settings: AllSettings | null = SETTINGS,
) {
  const view = render(<ExplainerView variant={variant} settings={settings} />);
  await waitFor(() => expect(view.container.querySelector('[data-ready="true"]')).not.toBeNull());
  return view;
}

/* Queries scoped to small parts of the page: role queries over the whole explainer are slow. */
const header_ = () => document.querySelector('header') as HTMLElement;
/** The sticky bar that keeps 911 and the quick exit in view. */
const safetyBar = () => screen.getByRole('region', { name: 'Emergency call and quick exit' });
const navigation = (label: string) =>
  document.querySelector(`nav[aria-label="${label}"]`) as HTMLElement;
const searchBox = () => screen.getByLabelText('Search the explainer') as HTMLInputElement;
const status = () => document.querySelector('[role="status"]')?.textContent;

async function stash(text: string, token = TOKEN, opensIn: 'panel' | 'tab' = 'panel') {
  await pendingLookup.setValue({ token, text, createdAt: Date.now(), opensIn });
}

beforeEach(async () => {
  fakeBrowser.reset();
  await setHash('');
  document.title = '';
  vi.mocked(lookup).mockReset().mockReturnValue(null);
  vi.mocked(searchExplainer).mockReset().mockReturnValue([]);
});

describe('ExplainerView: page and sections', () => {
  it('renders the header, every section in order and the footer', async () => {
    await renderView();
    const header = header_();
    expect(within(header).getByRole('heading', { level: 1 }).textContent).toContain('Missouri');
    within(safetyBar()).getByRole('link', { name: 'Call 911' });
    within(safetyBar()).getByRole('button', { name: 'Quick exit' });
    within(header).getByText(/browser history still shows/);
    const headings = Array.from(document.querySelectorAll('main section > h2')).map((h) => h.id);
    expect(headings).toEqual([...SECTION_IDS]);
    for (const section of sections) {
      const region = document.querySelector(`main section[aria-labelledby="${section.id}"]`)!;
      const heading = region.querySelector('h2')!;
      expect(heading.id).toBe(section.id);
      expect(heading.getAttribute('tabindex')).toBe('-1');
      expect(heading.textContent).toBe(section.title);
      expect(region.querySelector('.section__summary')!.textContent).toBe(section.summary);
    }
    const nav = navigation('Sections of the explainer');
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(SECTION_IDS.map((id) => `#${id}`));
    const footer = document.querySelector('footer')!;
    expect(footer.textContent).toContain('Not legal advice');
    expect(footer.textContent).toContain('Last reviewed');
  });

  it('is not ready until the settings are read', () => {
    const { container } = render(<ExplainerView variant="page" settings={null} />);
    expect(container.querySelector('[data-ready="true"]')).toBeNull();
    // 911 does not wait for settings.
    within(safetyBar()).getByRole('link', { name: 'Call 911' });
  });

  it('sets a neutral title in discreet mode', async () => {
    const { rerender } = await renderView('page', { ...SETTINGS, discreet: true });
    expect(document.title).toBe('Quick reference');
    rerender(<ExplainerView variant="page" settings={SETTINGS} />);
    expect(document.title).toBe('Missouri sex-trafficking law explained');
  });
});

describe('ExplainerView: routing', () => {
  it('focuses the section heading of the initial hash', async () => {
    await setHash('#penalties');
    await renderView();
    await waitFor(() => expect(document.activeElement?.id).toBe('penalties'));
    expect(document.activeElement?.tagName).toBe('H2');
  });

  it('paints the asked-for section first, focused, then the rest of the page', async () => {
    await setHash('#reporting');
    // What is on the page at the moment focus arrives, before the browser's next frame.
    const atFocus: string[][] = [];
    const blocksAtFocus: number[] = [];
    const drawn = () => Array.from(document.querySelectorAll('main section > h2')).map((h) => h.id);
    const blocksOf = (id: string) =>
      document.getElementById(id)!.closest('section')!.querySelectorAll(':scope > .block').length;
    const onFocus = () => {
      atFocus.push(drawn());
      blocksAtFocus.push(blocksOf('reporting'));
    };
    document.addEventListener('focusin', onFocus);
    const { container } = render(<ExplainerView variant="page" settings={SETTINGS} />);
    await waitFor(() => expect(container.querySelector('[data-ready="true"]')).not.toBeNull());
    document.removeEventListener('focusin', onFocus);
    expect(atFocus[0]).toEqual(['reporting']);
    // Of that section, about the first screen of it.
    const firstScreen = firstScreenBlocks(sectionById('reporting').blocks);
    expect(firstScreen).toBeLessThan(sectionById('reporting').blocks.length);
    expect(blocksAtFocus[0]).toBe(firstScreen);
    // Then every section, in order, each whole; focus stays where it was.
    expect(drawn()).toEqual([...SECTION_IDS]);
    expect(blocksOf('reporting')).toBe(sectionById('reporting').blocks.length);
    expect(document.activeElement?.id).toBe('reporting');
  });

  it('paints the start of the page first when no section is asked for', async () => {
    const { container } = render(<ExplainerView variant="page" settings={SETTINGS} />);
    const drawn = () =>
      Array.from(container.querySelectorAll('main section > h2')).map((h) => h.id);
    await waitFor(() => expect(drawn().length).toBeGreaterThan(0));
    expect(drawn()).toEqual([SECTION_IDS[0]]);
    await waitFor(() => expect(drawn()).toEqual([...SECTION_IDS]));
  });

  it('follows later hash changes', async () => {
    await renderView();
    expect(document.activeElement?.id).not.toBe('glossary');
    await act(async () => {
      await setHash('#glossary');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await waitFor(() => expect(document.activeElement?.id).toBe('glossary'));
    await act(async () => {
      await setHash('#reporting');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await waitFor(() => expect(document.activeElement?.id).toBe('reporting'));
  });

  it.each([
    '#<img src=x onerror=alert(1)>',
    `#${'x'.repeat(10_000)}`,
    '#пени-😀',
    '#%3Cimg%20src%3Dx%3E',
    '#lookup=<b>bold</b>',
  ])('renders the top of the page as text for the hash %#', async (hash) => {
    await setHash(hash);
    const { container } = await renderView();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).not.toContain('onerror');
    expect(container.textContent).not.toContain('xxxxxxxxxx');
    expect(document.activeElement).toBe(document.body);
    expect(container.querySelectorAll('main section').length).toBe(SECTION_IDS.length);
  });

  it('opens a glossary entry from #term-<id>', async () => {
    const term = glossary[0]!;
    await setHash(`#term-${term.id}`);
    await renderView();
    await waitFor(() => expect(document.activeElement?.id).toBe(`term-${term.id}`));
  });

  it('opens the last glossary entry too, however far down its section it is', async () => {
    const term = glossary[glossary.length - 1]!;
    // Even if the first screen held only the glossary's introduction, the entry is drawn.
    const firstScreen = vi.mocked(firstScreenBlocks);
    const real = firstScreen.getMockImplementation()!;
    firstScreen.mockImplementation(() => 1);
    const focused: string[] = [];
    const onFocus = (event: FocusEvent) => focused.push((event.target as HTMLElement).id);
    document.addEventListener('focusin', onFocus);
    try {
      await setHash(`#term-${term.id}`);
      await renderView();
    } finally {
      document.removeEventListener('focusin', onFocus);
      firstScreen.mockImplementation(real);
    }
    // Focus went straight there (the entry was drawn in the first paint), not via the heading.
    expect(focused[0]).toBe(`term-${term.id}`);
  });
});

describe('ExplainerView: right-click lookup', () => {
  it('shows the matched section, marks the terms, and keeps the selection out of the URL', async () => {
    const selection = 'How much restitution do <i>traffickers</i> pay?';
    vi.mocked(lookup).mockReturnValue({
      sectionId: 'penalties',
      score: 3,
      matched: ['restitution'],
      alternatives: [],
    });
    const replace = vi.spyOn(history, 'replaceState');
    await stash(selection);
    await setHash(`#lookup=${TOKEN}`);
    const { container } = await renderView();

    expect(lookup).toHaveBeenCalledWith(selection);
    expect(replace.mock.lastCall?.[2]).toBe('/explainer.html#penalties');
    expect(location.hash).toBe('#penalties');
    expect(location.href).not.toContain('restitution');
    expect(location.href).not.toContain(TOKEN);
    await waitFor(() => expect(document.activeElement?.id).toBe('penalties'));

    // The banner shows the selection as text, above the section.
    screen.getByText(`You looked up: “${selection}”`);
    expect(container.querySelector('i')).toBeNull();
    const banner = container.querySelector('.lookup-banner')!;
    const section = document.querySelector('section[aria-labelledby="penalties"]')!;
    expect(banner.nextElementSibling).toBe(section);
    expect(document.getElementById('penalties')!.getAttribute('aria-describedby')).toContain(
      banner.id,
    );

    // Marks only in that section.
    const marks = Array.from(container.querySelectorAll('mark'));
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => section.contains(m))).toBe(true);
    expect(marks.every((m) => /^restitution$/i.test(m.textContent ?? ''))).toBe(true);

    // The selection was taken: it is gone from storage.
    expect(await pendingLookup.getValue()).toBeNull();
  });

  it('shortens a long selection in the banner', async () => {
    vi.mocked(lookup).mockReturnValue({
      sectionId: 'reporting',
      score: 1,
      matched: ['report'],
      alternatives: [],
    });
    await stash(`report ${'a'.repeat(1000)}`);
    await setHash(`#lookup=${TOKEN}`);
    await renderView();
    const text = document.querySelector('.lookup-banner__selection')!.textContent!;
    expect(text.length).toBeLessThan(240);
    expect(text).toContain('…');
  });

  it('shows the glossary definition when the selection is a term', async () => {
    const term = glossary.find((t) => t.id === 'coercion') ?? glossary[0]!;
    vi.mocked(lookup).mockReturnValue({
      sectionId: term.section,
      score: 5,
      matched: [term.term],
      alternatives: [],
      term,
    });
    await stash(term.term.toLowerCase());
    await setHash(`#lookup=${TOKEN}`);
    const { container } = await renderView();
    const banner = container.querySelector('.lookup-banner') as HTMLElement;
    within(banner).getByText(term.definition, { exact: false });
    expect(
      within(banner).getByRole('link', { name: 'See it in the glossary' }).getAttribute('href'),
    ).toBe(`#term-${term.id}`);
    fireEvent.click(within(banner).getByRole('button', { name: 'Hide this note' }));
    expect(container.querySelector('.lookup-banner')).toBeNull();
    expect(container.querySelector('mark')).toBeNull();
  });

  it('opens the search view with the selection when nothing matches', async () => {
    const selection = 'quantum chromodynamics';
    const replace = vi.spyOn(history, 'replaceState');
    await stash(selection);
    await setHash(`#lookup=${TOKEN}`);
    await renderView();
    expect(replace.mock.lastCall?.[2]).toBe('/explainer.html#search');
    const box = searchBox();
    expect(box.value).toBe(selection);
    expect(searchExplainer).toHaveBeenCalledWith(selection, expect.any(Number));
    await waitFor(() => expect(status()).toBe('Nothing in the explainer matches this selection.'));
    // The table of contents is offered instead.
    const all = navigation('All sections');
    expect(within(all).getAllByRole('link')).toHaveLength(SECTION_IDS.length);
    expect(location.href).not.toContain('quantum');
    await waitFor(() => expect(document.activeElement).toBe(box));
  });

  it('lists ranked suggestions when the search finds sections', async () => {
    vi.mocked(searchExplainer).mockReturnValue([
      { sectionId: 'reporting', score: 2, matched: ['hotline'] },
      { sectionId: 'public-awareness', score: 1, matched: ['hotline'] },
    ]);
    await stash('hotline number please');
    await setHash(`#lookup=${TOKEN}`);
    await renderView();
    const list = document.querySelector('ol[aria-label="Sections that match"]') as HTMLElement;
    const links = within(list).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['#reporting', '#public-awareness']);
    expect(links[0]!.textContent).toBe(sections.find((s) => s.id === 'reporting')!.title);
    await waitFor(() => expect(status()).toBe('2 sections match.'));
  });

  it('shows the top of the page when the token finds nothing', async () => {
    await stash('something', 'ffffffffffffffff');
    await setHash(`#lookup=${TOKEN}`);
    await renderView();
    expect(location.hash).toBe('');
    expect(lookup).not.toHaveBeenCalled();
    expect(screen.queryByText(/You looked up/)).toBeNull();
    // Someone else's selection stays where it was.
    expect(await pendingLookup.getValue()).not.toBeNull();
  });
});

describe('ExplainerView: search', () => {
  it('takes the popup hand-off once and removes it', async () => {
    await fakeBrowser.storage.session.set({ [SEARCH_HANDOFF_KEY]: 'T visa' });
    await setHash('#search');
    await renderView();
    const box = searchBox();
    expect(box.value).toBe('T visa');
    expect(await fakeBrowser.storage.session.get(SEARCH_HANDOFF_KEY)).toEqual({});
  });

  it('searches as the reader types and announces the count', async () => {
    vi.mocked(searchExplainer).mockImplementation((q: string) =>
      q.includes('penal') ? [{ sectionId: 'penalties', score: 1, matched: ['penalties'] }] : [],
    );
    await setHash('#search');
    await renderView();
    const box = searchBox();
    fireEvent.input(box, { target: { value: 'penalties' } });
    await waitFor(() => expect(status()).toBe('1 section matches.'));
    fireEvent.input(box, { target: { value: 'zzz' } });
    await waitFor(() => expect(status()).toBe('Nothing in the explainer matches this search.'));
    expect(location.hash).toBe('#search');
  });
});

describe('ExplainerView: side panel', () => {
  it('is compact: sections folded away and a link to open the tab', async () => {
    await renderView('panel');
    const nav = navigation('Sections of the explainer');
    expect(nav.querySelector('details summary')?.textContent).toBe('Sections');
    const open = within(header_()).getByRole('link', { name: /Open in a tab/ });
    expect(open.getAttribute('href')).toBe('/explainer.html');
    expect(open.getAttribute('target')).toBe('_blank');
  });

  it('takes the waiting lookup on load, then each new one', async () => {
    vi.mocked(lookup).mockImplementation((text: string) =>
      text === 'restitution'
        ? { sectionId: 'penalties', score: 1, matched: ['restitution'], alternatives: [] }
        : { sectionId: 'reporting', score: 1, matched: ['hotline'], alternatives: [] },
    );
    await stash('restitution', 'aaaaaaaa11111111');
    await renderView('panel');
    await waitFor(() => expect(document.activeElement?.id).toBe('penalties'));
    screen.getByText('You looked up: “restitution”');

    await act(async () => {
      await stash('hotline', 'bbbbbbbb22222222');
    });
    await waitFor(() => expect(document.activeElement?.id).toBe('reporting'));
    screen.getByText('You looked up: “hotline”');
    expect(location.hash).toBe('#reporting');
    expect(await pendingLookup.getValue()).toBeNull();
    // The open-in-a-tab link follows the section, never the selection.
    expect(
      within(header_())
        .getByRole('link', { name: /Open in a tab/ })
        .getAttribute('href'),
    ).toBe('/explainer.html#reporting');
  });

  it('leaves a lookup the background opened in a tab to that tab', async () => {
    // The background decides where a lookup opens, and says so in the stash.
    await stash('restitution', TOKEN, 'tab');
    await renderView('panel');
    expect(lookup).not.toHaveBeenCalled();
    expect(await pendingLookup.getValue()).not.toBeNull();
  });
});
