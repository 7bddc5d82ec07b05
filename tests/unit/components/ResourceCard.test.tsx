import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/preact';
import { ResourceCard } from '@/components/ResourceCard';
import { nationalHotline } from '@/content/resources/national';
import type { Resource } from '@/content/types';

describe('ResourceCard', () => {
  it('shows the hotline with every way to reach it, hours, languages and sources', () => {
    render(<ResourceCard resource={nationalHotline} level={3} featured />);
    const card = screen.getByRole('article', { name: 'National Human Trafficking Hotline' });
    expect(within(card).getByRole('heading', { level: 3 }).textContent).toBe(
      'National Human Trafficking Hotline',
    );
    const links = within(card).getAllByRole('link');
    const hrefs = links.map((l) => l.getAttribute('href'));
    expect(hrefs).toContain('tel:+18883737888');
    expect(hrefs).toContain('sms:233733?body=HELP');
    expect(hrefs).toContain('tel:711');
    expect(hrefs).toContain('https://humantraffickinghotline.org/chat');
    expect(within(card).getAllByRole('button', { name: /^Copy / })).toHaveLength(
      nationalHotline.contacts.length,
    );
    expect(card.textContent).toContain(`Hours${nationalHotline.hours}`);
    expect(card.textContent).toContain(`Languages${nationalHotline.languages}`);
    expect(within(card).getAllByRole('link', { name: /^Source \d: / })).toHaveLength(
      nationalHotline.cite.length,
    );
  });

  it('shows a qualifier as a visible caution', () => {
    const resource: Resource = {
      id: 'x',
      name: 'Healing Action',
      purpose: 'local-organization',
      summary: 'Peer support.',
      contacts: [{ kind: 'call', value: '(314) 833-4515' }],
      qualifier: 'phone number may be out of date',
      cite: [],
    };
    render(<ResourceCard resource={resource} />);
    expect(screen.getByText('phone number may be out of date', { exact: false }).textContent).toBe(
      'Check: phone number may be out of date',
    );
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Healing Action');
  });

  it('copes with a resource that has no contacts, hours or sources', () => {
    const resource: Resource = {
      id: 'y',
      name: 'Kairos Hope',
      purpose: 'local-organization',
      summary: 'A residential home.',
      contacts: [],
      cite: [],
    };
    const { container } = render(<ResourceCard resource={resource} level={4} />);
    expect(screen.getByRole('heading', { level: 4 }).textContent).toBe('Kairos Hope');
    expect(container.querySelector('ul')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
