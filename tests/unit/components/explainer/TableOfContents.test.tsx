import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { TableOfContents } from '@/components/explainer/TableOfContents';

const sections = [
  { id: 'penalties' as const, title: 'Penalties' },
  { id: 'glossary' as const, title: 'Glossary' },
];

describe('TableOfContents', () => {
  it('links to every section in order', () => {
    render(<TableOfContents sections={sections} />);
    const nav = screen.getByRole('navigation', { name: 'Sections of the explainer' });
    within(nav).getByRole('heading', { name: 'On this page' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['#penalties', '#glossary']);
  });

  it('folds away under "Sections" in the panel and closes after a choice', () => {
    const onChoose = vi.fn();
    const { container } = render(
      <TableOfContents sections={sections} collapsed onChoose={onChoose} />,
    );
    const details = container.querySelector('details')!;
    expect(details.querySelector('summary')!.textContent).toBe('Sections');
    details.setAttribute('open', '');
    fireEvent.click(screen.getByRole('link', { name: 'Glossary' }));
    expect(onChoose).toHaveBeenCalledWith('glossary', expect.anything());
    expect(details.hasAttribute('open')).toBe(false);
  });
});
