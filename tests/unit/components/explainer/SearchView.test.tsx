import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { SearchView } from '@/components/explainer/SearchView';

const sections = [
  { id: 'penalties' as const, title: 'Penalties', summary: 'Prison terms and fines.' },
  { id: 'reporting' as const, title: 'Reporting', summary: 'Call the hotline.' },
];

describe('SearchView', () => {
  it('has a search box labelled "Search the explainer"', () => {
    render(
      <SearchView
        query=""
        onQuery={() => {}}
        results={[]}
        fromSelection={false}
        sections={sections}
      />,
    );
    screen.getByRole('searchbox', { name: 'Search the explainer' });
    screen.getByRole('search');
  });

  it('lists results as links with title and summary, and announces the count politely', async () => {
    render(
      <SearchView
        query="hotline"
        onQuery={() => {}}
        results={[{ section: sections[1]!, matched: ['hotline'] }]}
        fromSelection={false}
        sections={sections}
      />,
    );
    const link = screen.getByRole('link', { name: 'Reporting' });
    expect(link.getAttribute('href')).toBe('#reporting');
    expect(link.closest('li')!.textContent).toContain('Call the hotline.');
    expect(link.closest('li')!.querySelector('mark')?.textContent).toBe('hotline');
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    await waitFor(() => expect(status.textContent).toBe('1 section matches.'));
  });

  it('offers every section when a selection matches nothing', async () => {
    render(
      <SearchView query="xyz" onQuery={() => {}} results={[]} fromSelection sections={sections} />,
    );
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Nothing in the explainer matches this selection.',
      ),
    );
    const nav = screen.getByRole('navigation', { name: 'All sections' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['#penalties', '#reporting']);
  });

  it('reports typing and never submits', () => {
    const onQuery = vi.fn();
    render(
      <SearchView
        query=""
        onQuery={onQuery}
        results={[]}
        fromSelection={false}
        sections={sections}
      />,
    );
    const box = screen.getByRole('searchbox');
    fireEvent.input(box, { target: { value: 'fine' } });
    expect(onQuery).toHaveBeenCalledWith('fine');
    const submit = new Event('submit', { cancelable: true, bubbles: true });
    box.closest('form')!.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
  });

  it('shows a query containing HTML as text', () => {
    const { container } = render(
      <SearchView
        query="<img src=x>"
        onQuery={() => {}}
        results={[]}
        fromSelection
        sections={sections}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('<img src=x>');
  });
});
