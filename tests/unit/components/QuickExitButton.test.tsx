import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { QuickExitButton } from '@/components/QuickExitButton';

describe('QuickExitButton', () => {
  it('is a clearly labelled button with a visible Esc hint tied to it', () => {
    render(<QuickExitButton onExit={() => undefined} />);
    const button = screen.getByRole('button', { name: 'Quick exit' });
    const hint = screen.getByText('or press Esc twice');
    expect(button.getAttribute('aria-describedby')).toBe(hint.id);
    expect(hint.id).not.toBe('');
  });

  it('calls onExit when pressed', () => {
    const onExit = vi.fn();
    render(<QuickExitButton onExit={onExit} />);
    fireEvent.click(screen.getByRole('button', { name: 'Quick exit' }));
    expect(onExit).toHaveBeenCalledOnce();
  });

  it('gives each instance its own hint id', () => {
    render(
      <>
        <QuickExitButton onExit={() => undefined} />
        <QuickExitButton onExit={() => undefined} />
      </>,
    );
    const ids = screen.getAllByText('or press Esc twice').map((el) => el.id);
    expect(new Set(ids).size).toBe(2);
  });
});
