import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { CopyButton } from '@/components/CopyButton';

const originalClipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');

function setClipboard(value: unknown) {
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true });
}

afterEach(() => {
  if (originalClipboard) Object.defineProperty(navigator, 'clipboard', originalClipboard);
  else delete (navigator as { clipboard?: unknown }).clipboard;
  vi.useRealTimers();
});

describe('CopyButton', () => {
  let writeText: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    writeText = vi.fn(() => Promise.resolve());
    setClipboard({ writeText });
  });

  it('is named by what it copies', () => {
    render(<CopyButton text="1-888-373-7888" />);
    screen.getByRole('button', { name: 'Copy 1-888-373-7888' });
  });

  it('copies the exact text and confirms it, visibly and to screen readers', async () => {
    render(<CopyButton text="1-888-373-7888" />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy 1-888-373-7888' }));
    expect(writeText).toHaveBeenCalledWith('1-888-373-7888');
    await screen.findByRole('button', { name: 'Copied 1-888-373-7888' });
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('Copied 1-888-373-7888');
  });

  it('copies the full value while saying the short label', async () => {
    render(<CopyButton text="https://tips.fbi.gov/" label="tips.fbi.gov" />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy tips.fbi.gov' }));
    expect(writeText).toHaveBeenCalledWith('https://tips.fbi.gov/');
  });

  it('goes back to "Copy" after a while', async () => {
    vi.useFakeTimers();
    render(<CopyButton text="233733" resetAfter={1000} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button'));
      await Promise.resolve();
    });
    expect(screen.getByRole('button').textContent).toContain('Copied');
    await act(() => {
      vi.advanceTimersByTime(1100);
    });
    expect(screen.getByRole('button').textContent).toContain('Copy');
    expect(screen.getByRole('button').textContent).not.toContain('Copied');
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('selects the text for the reader when the clipboard is refused', async () => {
    writeText.mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    const target = document.createElement('span');
    target.textContent = '1-800-392-3738';
    document.body.append(target);
    render(<CopyButton text="1-800-392-3738" selectTarget={() => target} />);
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/selected/i));
    expect(screen.getByRole('status').textContent).toBe(
      '1-800-392-3738 selected. Press Control C to copy.',
    );
    screen.getByText('Selected: press Ctrl+C to copy');
    expect(window.getSelection()?.toString()).toBe('1-800-392-3738');
    target.remove();
  });

  it('says it could not copy, and never throws, when there is no clipboard and nothing to select', async () => {
    setClipboard(undefined);
    render(<CopyButton text="711" />);
    fireEvent.click(screen.getByRole('button'));
    await screen.findByRole('button', { name: 'Could not copy 711' });
    expect(screen.getByRole('status').textContent).toBe('Could not copy');
  });

  it('survives a clipboard that throws synchronously', async () => {
    setClipboard({
      writeText: () => {
        throw new Error('boom');
      },
    });
    render(<CopyButton text="711" />);
    fireEvent.click(screen.getByRole('button'));
    await screen.findByRole('button', { name: 'Could not copy 711' });
  });
});
