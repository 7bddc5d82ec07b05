import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { SaveStatus } from '@/entrypoints/options/SaveStatus';

describe('SaveStatus', () => {
  it('is one polite live region holding the message', () => {
    render(<SaveStatus message="Saved: Region is Kansas" count={2} />);
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('Saved: Region is Kansas');
  });

  it('the same message twice is still a change, so it is read again', () => {
    const { rerender } = render(<SaveStatus message="Saved: Theme is dark" count={1} />);
    const first = screen.getByRole('status').textContent;
    rerender(<SaveStatus message="Saved: Theme is dark" count={2} />);
    const second = screen.getByRole('status').textContent;
    expect(first).not.toBe(second);
    expect(first?.trim()).toBe(second?.trim());
  });

  it('stays in the page, empty, when there is nothing to say', () => {
    render(<SaveStatus message="" count={0} />);
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
