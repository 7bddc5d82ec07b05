import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { FaqSearch, type FaqSearchText } from '@/entrypoints/popup/FaqSearch';
import { searchFaqs } from '@/content/faq-search';
import { faqs } from '@/content/faqs';
import type { Faq } from '@/content/types';
import { POPUP } from '@/content/ui/popup';

const TEXT: FaqSearchText = {
  label: POPUP.searchLabel,
  matches: POPUP.matches,
  noMatch: POPUP.noMatch,
  searchExplainer: POPUP.searchExplainer,
  readMore: POPUP.readMore,
};

function renderSearch(props: { onSearchExplainer?: (q: string) => void } = {}) {
  const onReadMore = vi.fn();
  const view = render(
    <FaqSearch
      search={searchFaqs}
      text={TEXT}
      readMoreHref={(faq: Faq) => `explainer.html#${faq.section}`}
      onReadMore={onReadMore}
      announceDelay={0}
      {...props}
    />,
  );
  return { ...view, onReadMore };
}

const box = () => screen.getByRole('searchbox', { name: 'Search questions' });
const questionNames = () =>
  Array.from(document.querySelectorAll('[data-faq-button]')).map((b) => b.textContent ?? '');
const type = (value: string) => fireEvent.input(box(), { target: { value } });

describe('FaqSearch', () => {
  it('is a labelled search box over every question', () => {
    renderSearch();
    expect(box().getAttribute('type')).toBe('search');
    expect(questionNames()).toEqual(faqs.map((f) => f.question));
    // Every question is a collapsed disclosure to start with.
    expect(screen.getAllByRole('button', { expanded: false })).toHaveLength(faqs.length);
  });

  it('filters and ranks as you type, and announces how many match', async () => {
    renderSearch();
    type('mandated');
    expect(questionNames()[0]).toMatch(/mandated reporter/i);
    expect(questionNames().length).toBeLessThan(faqs.length);
    const shown = questionNames().length;
    expect(shown).toBeGreaterThan(1);
    // The wording is spelled out here, not computed with the function the component uses.
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(`${shown} questions match`),
    );
    expect(screen.getByRole('status').getAttribute('aria-live')).toBe('polite');
  });

  it('announces one match and two matches in the right words', async () => {
    // A search that returns exactly as many questions as the query's number.
    const firstN = (query: string) => faqs.slice(0, Number(query.trim()) || 0);
    render(
      <FaqSearch
        search={firstN}
        text={TEXT}
        readMoreHref={(faq: Faq) => `explainer.html#${faq.section}`}
        announceDelay={0}
      />,
    );
    type('1');
    expect(questionNames()).toEqual([faqs[0]!.question]);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 question matches'));
    type('2');
    expect(questionNames()).toHaveLength(2);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('2 questions match'));
    type('0');
    expect(questionNames()).toEqual([]);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('No questions match'));
  });

  it('words the count for none, one and several', () => {
    expect(POPUP.matches(0)).toBe('No questions match');
    expect(POPUP.matches(1)).toBe('1 question matches');
    expect(POPUP.matches(2)).toBe('2 questions match');
    expect(POPUP.matches(14)).toBe('14 questions match');
  });

  it('forgives typos and plurals', () => {
    renderSearch();
    type('warning sings');
    expect(questionNames()[0]).toBe('What are the warning signs of sex trafficking?');
    type('Penalty');
    expect(questionNames()).toContain(
      'What are the penalties and sentencing guidelines for sex trafficking offenses?',
    );
  });

  it('says when nothing matches, as text, and offers the full explainer', async () => {
    const onSearchExplainer = vi.fn();
    renderSearch({ onSearchExplainer });
    type('<b>zzzqqq</b>');
    expect(questionNames()).toEqual([]);
    screen.getByText('No questions match “<b>zzzqqq</b>”');
    expect(document.querySelector('b')).toBeNull();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('No questions match'));
    fireEvent.click(screen.getByRole('button', { name: 'Search the full explainer' }));
    expect(onSearchExplainer).toHaveBeenCalledWith('<b>zzzqqq</b>');
  });

  it('moves from the box to the results and between them with the arrow keys, Home and End', () => {
    renderSearch();
    type('report');
    const buttons = Array.from(document.querySelectorAll<HTMLButtonElement>('[data-faq-button]'));
    expect(buttons.length).toBeGreaterThan(3);
    box().focus();
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(buttons[0]);
    fireEvent.keyDown(buttons[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(buttons[1]);
    fireEvent.keyDown(buttons[1]!, { key: 'End' });
    expect(document.activeElement).toBe(buttons[buttons.length - 1]);
    fireEvent.keyDown(buttons[buttons.length - 1]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(buttons[buttons.length - 1]);
    fireEvent.keyDown(buttons[buttons.length - 1]!, { key: 'Home' });
    expect(document.activeElement).toBe(buttons[0]);
    fireEvent.keyDown(buttons[0]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(box());
  });

  it('opens an answer in place from the results', () => {
    renderSearch();
    type('anonymously');
    const button = screen.getByRole('button', { name: 'Can I report anonymously?' });
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    screen.getByRole('region', { name: 'Can I report anonymously?' });
  });

  it('clears a non-empty box on the first Esc and shows everything again', async () => {
    renderSearch();
    type('mandated');
    const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    await act(() => {
      box().dispatchEvent(event);
    });
    expect(event.defaultPrevented).toBe(true);
    expect((box() as HTMLInputElement).value).toBe('');
    expect(questionNames().length).toBe(faqs.length);
    // An empty box leaves Esc alone.
    const again = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    box().dispatchEvent(again);
    expect(again.defaultPrevented).toBe(false);
  });
});
