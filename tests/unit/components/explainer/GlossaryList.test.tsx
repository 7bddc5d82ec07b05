import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { GlossaryList } from '@/components/explainer/GlossaryList';
import { glossary } from '@/content/glossary';
import type { SectionId } from '@/content/types';

const title = (id: SectionId) => `Title of ${id}`;

describe('GlossaryList', () => {
  it('lists every glossary term in a definition list with a linkable id', () => {
    const { container } = render(<GlossaryList terms={glossary} sectionTitle={title} />);
    const dl = container.querySelector('dl')!;
    const dts = Array.from(dl.querySelectorAll('dt'));
    expect(dts.map((dt) => dt.id)).toEqual(glossary.map((t) => `term-${t.id}`));
    expect(dts.map((dt) => dt.textContent)).toEqual(glossary.map((t) => t.term));
  });

  it('shows aliases, the definition, sources and where to read more', () => {
    const term = {
      id: 'coercion',
      term: 'Coercion',
      aliases: ['coerce', 'coerced'],
      definition: 'Making someone act through threats.',
      section: 'legal-consequences' as const,
      cite: [
        {
          label: 'RSMo 566.200',
          url: 'https://example.org/566200',
          confidence: 'secondary' as const,
          checked: '2026-11-28',
        },
      ],
    };
    render(<GlossaryList terms={[term]} sectionTitle={title} />);
    expect(screen.getByText('Also called:', { exact: false }).textContent).toBe(
      'Also called: coerce, coerced',
    );
    screen.getByText(term.definition);
    screen.getByRole('link', { name: /Source: RSMo 566.200/ });
    const more = screen.getByRole('link', { name: 'Title of legal-consequences' });
    expect(more.getAttribute('href')).toBe('#legal-consequences');
    expect(more.parentElement!.textContent).toBe('More in: Title of legal-consequences');
  });

  it('leaves out empty aliases and a "More in" that points back to the glossary', () => {
    const term = {
      id: 'x',
      term: 'Term',
      aliases: [],
      definition: 'Meaning.',
      section: 'glossary' as const,
    };
    const { container } = render(<GlossaryList terms={[term]} sectionTitle={title} />);
    expect(container.textContent).not.toContain('Also called');
    expect(container.textContent).not.toContain('More in');
  });

  it('marks matched words', () => {
    const term = {
      id: 'x',
      term: 'Peonage',
      aliases: [],
      definition: 'Work to pay off a debt.',
      section: 'glossary' as const,
    };
    const { container } = render(
      <GlossaryList terms={[term]} sectionTitle={title} highlight={['debt']} />,
    );
    expect(container.querySelector('mark')?.textContent).toBe('debt');
  });
});
