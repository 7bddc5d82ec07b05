import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { FaqItem } from '@/entrypoints/popup/FaqItem';
import type { Faq } from '@/content/types';

const faq: Faq = {
  id: 'report-anonymously',
  question: 'Can I report anonymously?',
  answer: 'Yes. You do not have to give your name.',
  section: 'reporting',
  cite: [
    {
      label: 'National Human Trafficking Hotline: report trafficking',
      url: 'https://humantraffickinghotline.org/en/report-trafficking',
      confidence: 'primary',
      checked: '2026-11-28',
    },
  ],
};

function renderItem(onReadMore?: (faq: Faq) => void) {
  return render(
    <ul>
      <FaqItem
        faq={faq}
        readMoreLabel="Read more in the explainer"
        readMoreHref="chrome-extension://id/explainer.html#reporting"
        onReadMore={onReadMore}
      />
    </ul>,
  );
}

describe('FaqItem', () => {
  it('is a collapsed disclosure to start with', () => {
    renderItem();
    const button = screen.getByRole('button', { name: 'Can I report anonymously?' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const answer = document.getElementById(button.getAttribute('aria-controls')!);
    expect(answer).not.toBeNull();
    expect(answer!.hidden).toBe(true);
    expect(screen.getByRole('heading', { level: 3 }).contains(button)).toBe(true);
  });

  it('draws its answer only when opened, and removes it when closed', () => {
    renderItem();
    const button = screen.getByRole('button', { name: 'Can I report anonymously?' });
    const answer = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(answer.childElementCount).toBe(0);
    fireEvent.click(button);
    expect(answer.textContent).toContain('You do not have to give your name.');
    fireEvent.click(button);
    expect(answer.childElementCount).toBe(0);
  });

  it('opens in place to show the answer, its sources and a link to read more, and closes again', () => {
    renderItem();
    const button = screen.getByRole('button', { name: 'Can I report anonymously?' });
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const answer = screen.getByRole('region', { name: 'Can I report anonymously?' });
    expect(answer.id).toBe(button.getAttribute('aria-controls'));
    expect(answer.textContent).toContain('You do not have to give your name.');
    screen.getByRole('link', { name: /National Human Trafficking Hotline: report trafficking/ });
    expect(
      screen.getByRole('link', { name: 'Read more in the explainer' }).getAttribute('href'),
    ).toBe('chrome-extension://id/explainer.html#reporting');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('hands "Read more" to the page instead of following the link', () => {
    const onReadMore = vi.fn();
    renderItem(onReadMore);
    fireEvent.click(screen.getByRole('button'));
    const link = screen.getByRole('link', { name: 'Read more in the explainer' });
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(event);
    expect(onReadMore).toHaveBeenCalledWith(faq);
    expect(event.defaultPrevented).toBe(true);
  });
});
