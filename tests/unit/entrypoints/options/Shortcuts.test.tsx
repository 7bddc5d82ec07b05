import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Shortcuts } from '@/entrypoints/options/Shortcuts';
import { SHORTCUTS } from '@/content/ui/options';

type Commands = { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> };
const commands = () => (fakeBrowser as unknown as { commands: Commands }).commands;

describe('Shortcuts (options)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('lists the shortcuts as the browser has them, in order, "Not set" when cleared', async () => {
    vi.spyOn(commands(), 'getAll').mockResolvedValue([
      { name: 'lookup-selection', shortcut: '' },
      { name: '_execute_action', shortcut: 'Alt+Shift+M' },
      { name: 'something-else', shortcut: 'Ctrl+Q' },
    ]);
    render(<Shortcuts />);
    await screen.findByText('Alt+Shift+M');
    const rows = [...document.querySelectorAll('.shortcuts > div')].map((row) => row.textContent);
    expect(rows).toEqual([
      `${SHORTCUTS.names._execute_action}Alt+Shift+M`,
      `${SHORTCUTS.names['lookup-selection']}${SHORTCUTS.notSet}`,
    ]);
    expect(screen.getByText(SHORTCUTS.changeChrome)).toBeTruthy();
  });

  it('says so calmly when the browser cannot list them', async () => {
    vi.spyOn(commands(), 'getAll').mockRejectedValue(new Error('no commands API'));
    render(<Shortcuts />);
    expect(await screen.findByText(SHORTCUTS.unavailable)).toBeTruthy();
  });
});
