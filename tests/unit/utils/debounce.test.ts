import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce } from '@/utils/debounce';

describe('debounce', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs once, with the last arguments, after calls stop for the wait', () => {
    const fn = vi.fn();
    const saved = debounce(fn, 300);
    saved('AL');
    vi.advanceTimersByTime(200);
    saved('AK');
    vi.advanceTimersByTime(200);
    saved('KS');
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(299);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(fn).toHaveBeenCalledWith('KS');
  });

  it('runs again for calls made after the first run', () => {
    const fn = vi.fn();
    const saved = debounce(fn, 300);
    saved(1);
    vi.advanceTimersByTime(300);
    saved(2);
    vi.advanceTimersByTime(300);
    expect(fn.mock.calls).toEqual([[1], [2]]);
  });

  it('passes every argument through', () => {
    const fn = vi.fn();
    const saved = debounce(fn, 10);
    saved('theme', 'dark', 3);
    vi.advanceTimersByTime(10);
    expect(fn).toHaveBeenCalledWith('theme', 'dark', 3);
  });

  it('flush runs the waiting call at once and only once', () => {
    const fn = vi.fn();
    const saved = debounce(fn, 300);
    saved('MO');
    expect(saved.pending).toBe(true);
    saved.flush();
    expect(fn).toHaveBeenCalledExactlyOnceWith('MO');
    expect(saved.pending).toBe(false);
    vi.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('flush does nothing when no call is waiting', () => {
    const fn = vi.fn();
    const saved = debounce(fn, 300);
    saved.flush();
    expect(fn).not.toHaveBeenCalled();
  });

  it('cancel drops the waiting call', () => {
    const fn = vi.fn();
    const saved = debounce(fn, 300);
    saved('KS');
    saved.cancel();
    expect(saved.pending).toBe(false);
    vi.advanceTimersByTime(1000);
    saved.flush();
    expect(fn).not.toHaveBeenCalled();
  });

  it('keeps separate debounced functions independent', () => {
    const fn = vi.fn();
    const region = debounce((v: string) => fn('region', v), 300);
    const theme = debounce((v: string) => fn('theme', v), 300);
    region('KS');
    theme('dark');
    vi.advanceTimersByTime(300);
    expect(fn.mock.calls).toEqual([
      ['region', 'KS'],
      ['theme', 'dark'],
    ]);
  });
});
