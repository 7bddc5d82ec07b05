import type { Block } from './types';

/** The words a block shows, as one string: what search indexes and what fills a screen. */
export function blockText(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
    case 'quote':
      return block.text;
    case 'list':
      return [block.intro ?? '', ...block.items].join(' ');
    case 'subheading':
      return block.text;
    case 'callout':
      return `${block.title} ${block.text}`;
    case 'penalties':
      return [
        block.caption,
        ...block.rows.map(
          (r) =>
            `${r.offense} ${r.statute} ${r.when} ${r.prison} ${r.fine ?? ''} ${r.registration ?? ''}`,
        ),
      ].join(' ');
    default:
      return '';
  }
}
