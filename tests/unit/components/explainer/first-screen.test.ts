import { describe, expect, it } from 'vitest';
import { firstScreenBlocks, SCREEN_CHARS } from '@/components/explainer/first-screen';
import { sectionById } from '@/content/sections';
import type { Block } from '@/content/types';

const para = (chars: number): Block => ({ kind: 'paragraph', text: 'x'.repeat(chars), cite: [] });

describe('firstScreenBlocks', () => {
  it('counts the blocks that fit in a screen of text', () => {
    expect(firstScreenBlocks([para(400), para(400), para(400), para(400)], 1000)).toBe(2);
  });

  it('keeps a block that overflows for the next frame', () => {
    expect(firstScreenBlocks([para(300), para(5000), para(100)], 1000)).toBe(1);
  });

  it('always draws at least the first block, however long', () => {
    expect(firstScreenBlocks([para(5000), para(100)], 1000)).toBe(1);
  });

  it('draws a short section whole', () => {
    expect(firstScreenBlocks([para(100), para(100)], 1000)).toBe(2);
    expect(firstScreenBlocks([], 1000)).toBe(0);
  });

  it('leaves the long penalty table of "penalties" for the next frame', () => {
    const { blocks } = sectionById('penalties');
    const n = firstScreenBlocks(blocks, SCREEN_CHARS);
    expect(n).toBeGreaterThanOrEqual(1);
    expect(blocks.slice(0, n).some((b) => b.kind === 'penalties')).toBe(false);
  });
});
