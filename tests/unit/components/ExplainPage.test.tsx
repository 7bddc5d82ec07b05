import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { ExplainPage } from '@/components/ExplainPage';
import { EXPLAIN_PAGE } from '@/content/ui/explain-page';
import type { PageRead } from '@/utils/page-reader';

const linkTo = () => ({ href: '#' });
// The first result loads the analysis module (the lookup engine and its index): slow in a test.
const LOAD = { timeout: 15_000 };

function explain(got: PageRead) {
  const read = vi.fn(async () => got);
  render(<ExplainPage region={null} linkTo={linkTo} read={read} />);
  fireEvent.click(screen.getByRole('button', { name: EXPLAIN_PAGE.button }));
  return read;
}

describe('ExplainPage', () => {
  it('reads the page only when the button is pressed', async () => {
    const read = vi.fn(async (): Promise<PageRead> => ({ ok: false, reason: 'no-tab' }));
    render(<ExplainPage region={null} linkTo={linkTo} read={read} />);
    await new Promise((done) => setTimeout(done, 80));
    expect(read).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: EXPLAIN_PAGE.button }));
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('shows the page’s words as text, never as HTML', { timeout: 20_000 }, async () => {
    explain({
      ok: true,
      page: {
        title: '<img src=x onerror="alert(1)">Story',
        text: 'He was charged under RSMo 566.211 <b>for sex trafficking</b> of a child.',
        from: 'article',
      },
    });
    await screen.findByRole('heading', { name: EXPLAIN_PAGE.resultHeading }, LOAD);
    expect(document.querySelector('img, b')).toBeNull();
    expect(screen.getByText(/<img src=x/)).toBeTruthy();
    expect(document.querySelector('q')?.textContent).toContain('<b>for sex trafficking</b>');
  });

  it('says "nothing about trafficking here" for an off-topic page, with the search', async () => {
    explain({
      ok: true,
      page: { title: 'Soup', text: 'Warm the oil and add the onion.', from: 'article' },
    });
    await screen.findByRole('heading', { name: EXPLAIN_PAGE.nothing }, LOAD);
    expect(screen.getByRole('link', { name: EXPLAIN_PAGE.search })).toBeTruthy();
  });

  it.each([
    ['restricted', EXPLAIN_PAGE.restrictedHeading],
    ['not-allowed', EXPLAIN_PAGE.notAllowedHeading],
  ] as const)(
    'a page it cannot read (%s): a calm note, focused, and the search',
    async (reason, heading) => {
      explain({ ok: false, reason });
      const shown = await screen.findByRole('heading', { name: heading }, LOAD);
      await waitFor(() => expect(document.activeElement).toBe(shown));
      expect(screen.getByRole('link', { name: EXPLAIN_PAGE.search })).toBeTruthy();
    },
  );
});
