import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { Citations } from '@/components/Citations';
import type { Citation } from '@/content/types';

const a: Citation = {
  label: 'National Human Trafficking Hotline: report trafficking',
  url: 'https://humantraffickinghotline.org/en/report-trafficking',
  confidence: 'primary',
  checked: '2026-11-28',
};
const b: Citation = { ...a, label: 'Missouri Revisor of Statutes', url: 'https://revisor.mo.gov/' };
const unverified: Citation = {
  ...a,
  label: 'A news report',
  url: 'https://example.org/x',
  confidence: 'unverified',
};

describe('Citations (compact)', () => {
  it('shows one small "Source" link that opens the source safely in a new tab', () => {
    render(<Citations cite={[a]} />);
    const link = screen.getByRole('link', { name: /^Source: National Human Trafficking Hotline/ });
    expect(link.textContent).toBe('Source');
    expect(link.getAttribute('href')).toBe(a.url);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('title')).toBe(a.label);
  });

  it('numbers several sources, each named by its label', () => {
    render(<Citations cite={[a, b]} />);
    screen.getByText(/Sources:/);
    const links = screen.getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['1', '2']);
    expect(
      screen
        .getByRole('link', { name: /^Source 2: Missouri Revisor of Statutes/ })
        .getAttribute('href'),
    ).toBe('https://revisor.mo.gov/');
  });

  it('never links anything but https', () => {
    const bad = { ...a, url: 'javascript:alert(1)' };
    const { container } = render(
      <Citations cite={[bad, { ...b, url: 'http://revisor.mo.gov/' }]} />,
    );
    expect(container.querySelectorAll('a')).toHaveLength(0);
    expect(container.textContent).toBe('');
  });
});

describe('Citations (full)', () => {
  it('lists each source by its label and flags unconfirmed ones', () => {
    render(<Citations cite={[a, unverified]} variant="full" />);
    screen.getByText('Sources');
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(screen.getByRole('link', { name: /^A news report/ }).getAttribute('rel')).toBe(
      'noopener noreferrer',
    );
    expect(items[1]!.textContent).toContain('(not confirmed)');
    expect(items[0]!.textContent).not.toContain('not confirmed');
  });
});

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

describe('Citations (list, in the explainer)', () => {
  it('renders nothing without sources', () => {
    const { container } = render(<Citations variant="list" cite={[]} />);
    expect(container.innerHTML).toBe('');
    const none = render(<Citations variant="list" />);
    expect(none.container.innerHTML).toBe('');
  });

  it('links each source in a new tab, safely, named "Source: <label>"', () => {
    render(
      <Citations
        variant="list"
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
      <Citations
        variant="list"
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
    render(<Citations variant="list" cite={[same, same]} />);
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });

  it('renders labels as text, never as HTML', () => {
    const { container } = render(
      <Citations variant="list" cite={[c('<img src=x onerror=alert(1)>', 'primary')]} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
