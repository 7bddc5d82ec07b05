import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/preact';
import { PenaltyTable } from '@/components/explainer/PenaltyTable';
import type { PenaltyRow } from '@/content/types';

const cite = [
  {
    label: 'SB 1428 (2024)',
    url: 'https://example.org/sb1428',
    confidence: 'bill-text' as const,
    checked: '2026-11-28',
  },
];

const rows: PenaltyRow[] = [
  {
    offense: 'Sexual trafficking of a child, first degree',
    statute: 'RSMo 566.210',
    when: 'Child under 12',
    prison: 'Life',
    registration: 'Tier III',
    status: 'statute',
    cite,
  },
  {
    offense: 'Sexual trafficking of a child, first degree',
    statute: 'RSMo 566.210',
    when: 'Child under 14',
    prison: 'At least 30 years',
    status: 'reported-change',
    cite: [
      {
        label: 'A news report',
        url: 'https://example.org/news',
        confidence: 'unverified',
        checked: '2026-11-28',
      },
    ],
  },
];

describe('PenaltyTable', () => {
  it('is a real table with a caption and scoped headers', () => {
    render(<PenaltyTable caption="Penalties (as of 2024)" rows={rows} />);
    const table = screen.getByRole('table', { name: 'Penalties (as of 2024)' });
    expect(table.querySelector('caption')?.textContent).toBe('Penalties (as of 2024)');
    const columnHeaders = within(table).getAllByRole('columnheader');
    expect(columnHeaders.map((th) => th.textContent)).toEqual([
      'Crime',
      'When it applies',
      'Prison',
      'Fine',
      'Sex-offender registration',
      'Sources',
    ]);
    expect(columnHeaders.every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    const rowHeaders = within(table).getAllByRole('rowheader');
    expect(rowHeaders).toHaveLength(2);
    expect(rowHeaders.every((th) => th.getAttribute('scope') === 'row')).toBe(true);
    expect(rowHeaders[0]!.textContent).toContain('RSMo 566.210');
  });

  it('flags a reported change in words, only on that row', () => {
    render(<PenaltyTable caption="Penalties" rows={rows} />);
    const flags = screen.getAllByText('Reported change — not confirmed');
    expect(flags).toHaveLength(1);
    const row = flags[0]!.closest('tr')!;
    expect(row.textContent).toContain('Child under 14');
    expect(row.className).toContain('reported');
    within(row).getByText('(not confirmed)');
  });

  it('says when a fine or registration is not stated rather than leaving a gap', () => {
    render(<PenaltyTable caption="Penalties" rows={rows} />);
    const [first, second] = screen.getAllByRole('row').slice(1);
    expect(within(first!).getAllByText('Not stated in our sources')).toHaveLength(1);
    expect(within(second!).getAllByText('Not stated in our sources')).toHaveLength(2);
  });

  it('scrolls inside its own labelled, focusable box', () => {
    render(<PenaltyTable caption="Penalties" rows={rows} />);
    const box = screen.getByRole('region', { name: 'Penalties' });
    expect(box.getAttribute('tabindex')).toBe('0');
    expect(box.querySelector('table')).not.toBeNull();
  });

  it('marks matched words in the cells', () => {
    const { container } = render(
      <PenaltyTable caption="Penalties" rows={rows} terms={['first degree']} />,
    );
    expect(Array.from(container.querySelectorAll('mark')).map((m) => m.textContent)).toEqual([
      'first degree',
      'first degree',
    ]);
  });
});
