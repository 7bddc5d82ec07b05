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
