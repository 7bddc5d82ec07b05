import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { LookupBanner, truncateSelection } from '@/components/explainer/LookupBanner';

describe('truncateSelection', () => {
  it('keeps short text and collapses whitespace', () => {
    expect(truncateSelection('  sex \n\n trafficking  ')).toBe('sex trafficking');
  });

  it('cuts long text to the limit with an ellipsis', () => {
    const out = truncateSelection('a'.repeat(500));
    expect(out).toBe(`${'a'.repeat(200)}…`);
  });

  it('never splits a character made of two UTF-16 units', () => {
    const out = truncateSelection('😀'.repeat(300), 10);
    expect(out).toBe(`${'😀'.repeat(10)}…`);
  });
});

describe('LookupBanner', () => {
  it('shows the selection as text in quotation marks', () => {
    const { container } = render(
      <LookupBanner id="b" selection="<script>alert(1)</script> penalties" />,
    );
    screen.getByText('You looked up: “<script>alert(1)</script> penalties”');
    expect(container.querySelector('script')).toBeNull();
  });

  it('offers the other sections the selection may be about as links to them', () => {
    render(
      <LookupBanner
        id="b"
        selection="coached answers"
        alternatives={[
          { id: 'reporting', title: 'How to report' },
          { id: 'challenges', title: 'Why it is hard' },
        ]}
      />,
    );
    const also = document.querySelector('.lookup-banner__also')!;
    expect(also.textContent).toBe('Also about: How to report, Why it is hard');
    expect(screen.getByRole('link', { name: 'How to report' }).getAttribute('href')).toBe(
      '#reporting',
    );
    expect(screen.getByRole('link', { name: 'Why it is hard' }).getAttribute('href')).toBe(
      '#challenges',
    );
  });

  it('says nothing of alternatives when there are none', () => {
    render(<LookupBanner id="b" selection="penalties" alternatives={[]} />);
    expect(document.querySelector('.lookup-banner__also')).toBeNull();
  });

  it('shows a glossary term with its definition and sources', () => {
    render(
      <LookupBanner
        id="b"
        selection="peonage"
        term={{
          id: 'peonage',
          term: 'Peonage',
          aliases: [],
          definition: 'Forced work to pay off a debt.',
          section: 'glossary',
          cite: [
            {
              label: '22 U.S.C. 7102',
              url: 'https://example.org/7102',
              confidence: 'primary',
              checked: '2026-11-28',
            },
          ],
        }}
      />,
    );
    expect(document.getElementById('b-term')!.textContent).toBe(
      'Peonage: Forced work to pay off a debt.',
    );
    screen.getByRole('link', { name: /Source: 22 U.S.C. 7102/ });
    expect(screen.getByRole('link', { name: 'See it in the glossary' }).getAttribute('href')).toBe(
      '#term-peonage',
    );
  });

  it('can be hidden', () => {
    const onDismiss = vi.fn();
    render(<LookupBanner id="b" selection="x" onDismiss={onDismiss} />);
    fireEvent.click(screen.getByRole('button', { name: 'Hide this note' }));
    expect(onDismiss).toHaveBeenCalled();
  });
});
