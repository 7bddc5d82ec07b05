import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { ContactLink } from '@/components/ContactLink';
import type { Contact } from '@/content/types';

const hotline = { name: 'National Human Trafficking Hotline' };

function renderContact(contact: Contact) {
  return render(
    <ul>
      <ContactLink resource={hotline} contact={contact} />
    </ul>,
  );
}

describe('ContactLink', () => {
  beforeEach(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: vi.fn(() => Promise.resolve()) },
      configurable: true,
    });
  });

  it('calls: a tel: link named for what it does, showing the number as in the data', () => {
    renderContact({ kind: 'call', value: '1-888-373-7888' });
    const link = screen.getByRole('link', {
      name: 'Call the National Human Trafficking Hotline, 1-888-373-7888',
    });
    expect(link.getAttribute('href')).toBe('tel:+18883737888');
    expect(link.textContent).toBe('1-888-373-7888');
    screen.getByText('Call');
  });

  it('texts: an sms: link with the keyword, and the keyword shown', () => {
    renderContact({
      kind: 'text',
      value: '233733',
      keyword: 'HELP',
      note: 'Message and data rates may apply.',
    });
    const link = screen.getByRole('link', {
      name: 'Text HELP to the National Human Trafficking Hotline at 233733',
    });
    expect(link.getAttribute('href')).toBe('sms:233733?body=HELP');
    screen.getByText(/send “HELP”/);
    screen.getByText('Message and data rates may apply.');
  });

  it('chat and web: open in a new tab without an opener', () => {
    renderContact({ kind: 'chat', value: 'https://humantraffickinghotline.org/chat' });
    const link = screen.getByRole('link', {
      name: /^Chat online with the National Human Trafficking Hotline/,
    });
    expect(link.getAttribute('href')).toBe('https://humantraffickinghotline.org/chat');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.textContent).toBe('humantraffickinghotline.org/chat');
  });

  it('shows the letters form of a number beside it', () => {
    renderContact({ kind: 'call', value: '1-800-843-5678', vanity: '1-800-THE-LOST' });
    screen.getByText(/1-800-THE-LOST/);
  });

  it('copies the value exactly as in the data', () => {
    renderContact({ kind: 'call', value: '(573) 751-3448' });
    fireEvent.click(screen.getByRole('button', { name: 'Copy (573) 751-3448' }));
    expect(navigator.clipboard.writeText).toHaveBeenCalledWith('(573) 751-3448');
  });

  it('shows a value that cannot be a safe link as plain text', () => {
    renderContact({ kind: 'web', value: 'javascript:alert(1)' });
    expect(screen.queryByRole('link')).toBeNull();
    screen.getByText('javascript:alert(1)', { selector: '.contact__value' });
  });
});
