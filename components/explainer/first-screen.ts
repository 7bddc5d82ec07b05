import { blockText } from '@/content/block-text';
import type { Block } from '@/content/types';

/**
 * Characters of text that fill about one screen under a section heading: a wide tab shows
 * about 95 characters a line, the side panel about 40.
 */
export const SCREEN_CHARS = 1500;

/**
 * How many of a section's first blocks fill about a screen: the page's first paint draws only
 * these (at least one), and the rest a frame later. A block that would overflow the screen waits;
 * a long table drawn below the fold only delays the heading the reader asked for.
 */
export function firstScreenBlocks(blocks: readonly Block[], chars = SCREEN_CHARS): number {
  let used = 0;
  for (let i = 0; i < blocks.length; i++) {
    used += blockText(blocks[i]!).length;
    if (used > chars) return Math.max(i, 1);
  }
  return blocks.length;
}
