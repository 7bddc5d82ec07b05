import { afterEach, describe, expect, it, vi } from 'vitest';
import { within } from '@/utils/within';

afterEach(() => {
  vi.useRealTimers();
});

describe('within', () => {
  it('gives the value when it comes in time', async () => {
    expect(await within(Promise.resolve({ theme: 'dark' }), 50)).toEqual({ theme: 'dark' });
  });

  it('gives null when the promise fails', async () => {
    expect(await within(Promise.reject(new Error('storage gone')), 50)).toBeNull();
  });

  it('gives null when the promise hangs past the limit', async () => {
    vi.useFakeTimers();
    const result = within(new Promise<string>(() => undefined), 400);
    await vi.advanceTimersByTimeAsync(399);
    let settled = false;
    void result.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await result).toBeNull();
  });
});
