import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { CitationList } from '@/components/explainer/CitationList';
import type { Citation } from '@/content/types';

const c = (
  label: string,
  confidence: Citation['confidence'],
  url = `https://example.org/${label.length}`,
): Citation => ({
  label,
  url,
  confidence,
  checked: '2026-11-28',
});

describe('CitationList', () => {
  it('renders nothing without sources', () => {
    const { container } = render(<CitationList cite={[]} />);
    expect(container.innerHTML).toBe('');
    const none = render(<CitationList />);
    expect(none.container.innerHTML).toBe('');
  });

  it('links each source in a new tab, safely, named "Source: <label>"', () => {
    render(
      <CitationList
        cite={[c('Missouri Revisor of Statutes', 'primary', 'https://revisor.mo.gov/')]}
      />,
    );
    const link = screen.getByRole('link', {
      name: 'Source: Missouri Revisor of Statutes (opens in a new tab)',
    });
    expect(link.getAttribute('href')).toBe('https://revisor.mo.gov/');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(document.querySelector('.sources__label')!.textContent).toBe('Source:');
  });

  it('says in words how sure a source is, unless it is primary', () => {
    render(
      <CitationList
        cite={[
          c('Official page', 'primary'),
          c('HB 1450 (2024)', 'bill-text'),
          c('A law-firm summary', 'secondary'),
          c('One news report', 'unverified'),
        ]}
      />,
    );
    expect(document.querySelector('.sources__label')!.textContent).toBe('Sources:');
    const words = screen
      .getAllByRole('listitem')
      .map((li) => li.querySelector('.sources__confidence')?.textContent ?? null);
    expect(words).toEqual([null, ' (bill text)', ' (unofficial source)', ' (not confirmed)']);
  });

  it('lists a source cited twice only once', () => {
    const same = c('Same', 'primary', 'https://example.org/same');
    render(<CitationList cite={[same, same]} />);
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });

  it('renders labels as text, never as HTML', () => {
    const { container } = render(
      <CitationList cite={[c('<img src=x onerror=alert(1)>', 'primary')]} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
