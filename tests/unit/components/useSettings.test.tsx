import { beforeEach, describe, expect, it } from 'vitest';
import { render, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { firstSettings, useSettings, useTheme } from '@/components/useSettings';
import { readAll, theme, type AllSettings } from '@/utils/settings';

const seen: (AllSettings | null)[] = [];

function Probe({ initial }: { initial?: AllSettings | null }) {
  const settings = useSettings(initial);
  useTheme(settings);
  seen.push(settings);
  return <p>{settings ? settings.theme : 'loading'}</p>;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

beforeEach(() => {
  fakeBrowser.reset();
  seen.length = 0;
  document.documentElement.removeAttribute('data-theme');
});

describe('useSettings', () => {
  it('without settings read beforehand, is null, then the stored values', async () => {
    await fakeBrowser.storage.local.set({ theme: 'dark' });
    const view = render(<Probe />);
    expect(seen[0]).toBeNull();
    await waitFor(() => expect(view.container.textContent).toBe('dark'));
  });

  it('with settings read beforehand, draws them at once, in their theme, and only once', async () => {
    await fakeBrowser.storage.local.set({ theme: 'dark' });
    const initial = await firstSettings();
    const view = render(<Probe initial={initial} />);
    expect(view.container.textContent).toBe('dark');
    // Applied with the first render, not after it.
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    await settle();
    // The check read found nothing new: the same object, so no second render.
    expect(seen).toHaveLength(1);
  });

  it('a change made after the first read still reaches the page', async () => {
    const initial = await readAll();
    await theme.set('light');
    const view = render(<Probe initial={initial} />);
    expect(view.container.textContent).toBe('system');
    await waitFor(() => expect(view.container.textContent).toBe('light'));
  });

  it('keeps following changes made elsewhere', async () => {
    const view = render(<Probe initial={await readAll()} />);
    await settle();
    await theme.set('dark');
    await waitFor(() => expect(view.container.textContent).toBe('dark'));
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
  });
});
