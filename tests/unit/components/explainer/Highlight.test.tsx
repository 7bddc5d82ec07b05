import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/preact';
import { Highlight } from '@/components/explainer/Highlight';

describe('Highlight', () => {
  it('wraps matches in <mark> and keeps the rest as text', () => {
    const { container } = render(
      <p>
        <Highlight text="Call the hotline now" terms={['hotline']} />
      </p>,
    );
    expect(container.querySelector('p')!.innerHTML).toBe('Call the <mark>hotline</mark> now');
  });

  it('renders plain text without terms', () => {
    const { container } = render(
      <p>
        <Highlight text="Plain" />
      </p>,
    );
    expect(container.querySelector('mark')).toBeNull();
    expect(container.textContent).toBe('Plain');
  });

  it('never turns text into HTML', () => {
    const { container } = render(
      <p>
        <Highlight text="<img src=x onerror=alert(1)> hotline" terms={['img', 'hotline']} />
      </p>,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe('<img src=x onerror=alert(1)> hotline');
    expect(Array.from(container.querySelectorAll('mark')).map((m) => m.textContent)).toEqual([
      'img',
      'hotline',
    ]);
  });
});
