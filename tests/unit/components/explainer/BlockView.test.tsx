import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BlockView } from '@/components/explainer/BlockView';
import { glossary } from '@/content/glossary';
import { sections } from '@/content/sections';
import type { Block, Citation, SectionId } from '@/content/types';

const cite: Citation[] = [
  {
    label: 'Example source',
    url: 'https://example.org/a',
    confidence: 'primary',
    checked: '2026-11-28',
  },
];
const title = (id: SectionId) => `Title of ${id}`;

function show(block: Block, terms?: string[]) {
  return render(<BlockView block={block} region={null} sectionTitle={title} terms={terms} />);
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('BlockView', () => {
  it('paragraph: text and its sources', () => {
    show({ kind: 'paragraph', text: 'A paragraph.', cite });
    expect(screen.getByText('A paragraph.').tagName).toBe('P');
    screen.getByRole('link', { name: /Source: Example source/ });
  });

  it('list: intro and items', () => {
    show({ kind: 'list', intro: 'Signs:', items: ['One', 'Two'], cite });
    screen.getByText('Signs:');
    const list = screen.getAllByRole('list')[0]!;
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['One', 'Two']);
  });

  it('subheading: an h3', () => {
    show({ kind: 'subheading', text: 'Registering' });
    screen.getByRole('heading', { level: 3, name: 'Registering' });
  });

  it('quote: a blockquote with its citation', () => {
    const { container } = show({ kind: 'quote', text: 'Statute words.', cite });
    const quote = container.querySelector('blockquote')!;
    expect(quote.textContent).toBe('Statute words.');
    expect(container.querySelector('figcaption a')?.getAttribute('href')).toBe(
      'https://example.org/a',
    );
  });

  it('penalties: a table', () => {
    show({
      kind: 'penalties',
      caption: 'Cap',
      rows: [{ offense: 'O', statute: 'S', when: 'W', prison: 'P', status: 'statute', cite }],
    });
    screen.getByRole('table', { name: 'Cap' });
  });

  it.each(['warning', 'info'] as const)('callout (%s): title, text, link, sources', (tone) => {
    const { container } = show({
      kind: 'callout',
      tone,
      title: 'Check this',
      text: 'Details.',
      cite,
      link: { label: 'Revisor', url: 'https://revisor.mo.gov/' },
    });
    const note = screen.getByRole('note', { name: 'Check this' });
    expect(note.className).toContain(`callout--${tone}`);
    within(note).getByText('Details.');
    const link = within(note).getByRole('link', { name: /^Revisor/ });
    expect(link.getAttribute('href')).toBe('https://revisor.mo.gov/');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(container.querySelectorAll('a')).toHaveLength(2);
  });

  it('region-resources: the national hotline when no region is set', () => {
    const { container } = show({ kind: 'region-resources' });
    expect(container.textContent).toContain('National Human Trafficking Hotline');
    screen.getByRole('button', { name: /Set region/ });
  });

  it('region-resources: follows the region', () => {
    const { container, rerender } = render(
      <BlockView block={{ kind: 'region-resources' }} region={null} sectionTitle={title} />,
    );
    const national = container.textContent;
    rerender(
      <BlockView
        block={{ kind: 'region-resources' }}
        region={{ state: 'MO', area: 'kansas-city' }}
        sectionTitle={title}
      />,
    );
    expect(container.textContent).not.toBe(national);
    expect(container.textContent).toContain('Missouri');
  });

  it('glossary-list: every term', () => {
    const { container } = show({ kind: 'glossary-list' });
    expect(container.querySelectorAll('dl dt')).toHaveLength(glossary.length);
  });

  it('marks matched terms in text blocks', () => {
    const { container } = show({ kind: 'paragraph', text: 'Pay restitution to the victim.' }, [
      'restitution',
    ]);
    expect(container.querySelector('mark')?.textContent).toBe('restitution');
  });

  it('renders every block of every section, each with its own element and its text', () => {
    /** The element each kind draws, which must be there and hold text. */
    const drawn: Record<Block['kind'], string> = {
      paragraph: '.block--paragraph > p',
      list: '.block--list > ul > li',
      subheading: 'h3.block--subheading',
      quote: '.block--quote blockquote',
      penalties: '.block--penalties table',
      callout: '.block--callout [role="note"]',
      'region-resources': '.block--resources',
      'glossary-list': '.block--glossary dl dt',
    };
    /** Text the block carries that must appear as it is (no terms: nothing is marked). */
    const own = (block: Block): string[] => {
      switch (block.kind) {
        case 'paragraph':
        case 'subheading':
        case 'quote':
          return [block.text];
        case 'list':
          return [...(block.intro ? [block.intro] : []), ...block.items];
        case 'penalties':
          return [block.caption];
        case 'callout':
          return [block.title, block.text];
        case 'region-resources':
          return ['National Human Trafficking Hotline'];
        case 'glossary-list':
          return glossary.map((g) => g.term);
      }
    };
    const flat = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
    let rendered = 0;
    for (const section of sections) {
      for (const block of section.blocks) {
        const where = `${section.id}: ${block.kind}`;
        const { container, unmount } = show(block);
        const element = container.querySelector(drawn[block.kind]);
        expect(element, where).not.toBeNull();
        expect(flat(element!.textContent).length, where).toBeGreaterThan(0);
        const text = flat(container.textContent);
        for (const part of own(block)) expect(text, where).toContain(flat(part));
        rendered++;
        unmount();
      }
    }
    expect(rendered).toBeGreaterThan(sections.length);
  });
});
