import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { PageFooter } from '@/components/PageFooter';
import { CONTENT_REVIEWED } from '@/content/sources';
import { formatDate } from '@/content/ui/common';

describe('PageFooter', () => {
  it('says "Not legal advice" and when the content was last reviewed', () => {
    render(<PageFooter />);
    const footer = screen.getByRole('contentinfo');
    expect(footer.textContent).toContain('Not legal advice');
    expect(footer.textContent).toContain(`Last reviewed ${formatDate(CONTENT_REVIEWED)}`);
  });

  it('formats ISO dates in words and leaves anything else alone', () => {
    expect(formatDate('2026-11-28')).toBe('November 28, 2026');
    expect(formatDate('2026-01-05')).toBe('January 5, 2026');
    expect(formatDate('2026-13-01')).toBe('2026-13-01');
    expect(formatDate('soon')).toBe('soon');
  });

  it('shows page-specific content after the standard lines', () => {
    render(
      <PageFooter showNote>
        <p>Extra</p>
      </PageFooter>,
    );
    const footer = screen.getByRole('contentinfo');
    expect(footer.textContent).toMatch(/talk to a lawyer/);
    expect(footer.lastElementChild?.textContent).toBe('Extra');
  });
});
