import { describe, expect, it } from 'vitest';
import {
  contactHref,
  contactName,
  contactText,
  displayUrl,
  nameInSentence,
} from '@/content/contacts';
import { resourcesFor } from '@/content/region-lines';
import { nationalHotline } from '@/content/resources/national';
import {
  MISSOURI_AREAS,
  OUTSIDE_US,
  STATE_CODES,
  type Contact,
  type Region,
} from '@/content/types';

const hotline = { name: 'National Human Trafficking Hotline' };

describe('contactHref', () => {
  it('dials North American numbers with +1', () => {
    expect(contactHref({ kind: 'call', value: '1-888-373-7888' })).toBe('tel:+18883737888');
    expect(contactHref({ kind: 'call', value: '(573) 751-3448' })).toBe('tel:+15737513448');
    expect(contactHref({ kind: 'call', value: '802-872-6199' })).toBe('tel:+18028726199');
  });

  it('keeps 911, 711 and short codes as they are', () => {
    expect(contactHref({ kind: 'call', value: '911' })).toBe('tel:911');
    expect(contactHref({ kind: 'tty', value: '711' })).toBe('tel:711');
  });

  it('turns letters into keypad digits', () => {
    expect(contactHref({ kind: 'call', value: '1-800-THE-LOST' })).toBe('tel:+18008435678');
  });

  it('puts the keyword of a text line in the message body', () => {
    expect(contactHref({ kind: 'text', value: '233733', keyword: 'HELP' })).toBe(
      'sms:233733?body=HELP',
    );
    expect(contactHref({ kind: 'text', value: '233733' })).toBe('sms:233733');
    expect(contactHref({ kind: 'text', value: '88788', keyword: 'START NOW' })).toBe(
      'sms:88788?body=START%20NOW',
    );
  });

  it('keeps https addresses and refuses anything else', () => {
    expect(contactHref({ kind: 'chat', value: 'https://humantraffickinghotline.org/chat' })).toBe(
      'https://humantraffickinghotline.org/chat',
    );
    expect(contactHref({ kind: 'web', value: 'http://example.org/' })).toBeNull();
    expect(contactHref({ kind: 'web', value: 'javascript:alert(1)' })).toBeNull();
    expect(contactHref({ kind: 'web', value: 'not a url' })).toBeNull();
    expect(contactHref({ kind: 'call', value: '' })).toBeNull();
    expect(contactHref({ kind: 'text', value: 'none' })).toBeNull();
  });

  it('makes a working link for every contact any region can see', () => {
    const regions: (Region | null)[] = [
      null,
      ...STATE_CODES.map((state): Region => ({ state })),
      ...MISSOURI_AREAS.map((area): Region => ({ state: 'MO', area })),
      { state: OUTSIDE_US },
    ];
    const contacts: Contact[] = regions.flatMap((region) => {
      const r = resourcesFor(region);
      return [r.emergency, ...r.groups.flatMap((g) => g.resources)].flatMap((res) => res.contacts);
    });
    expect(contacts.length).toBeGreaterThan(50);
    for (const contact of contacts) {
      const href = contactHref(contact);
      expect(href, JSON.stringify(contact)).not.toBeNull();
      if (contact.kind === 'call' || contact.kind === 'tty')
        expect(href).toMatch(/^tel:(\+1\d{10}|\d{3})$/);
      if (contact.kind === 'text') expect(href).toMatch(/^sms:\+?\d+(\?body=[A-Z0-9%]+)?$/);
      if (contact.kind === 'web' || contact.kind === 'chat') expect(href).toMatch(/^https:\/\//);
    }
  });
});

describe('contactText', () => {
  it('shows numbers exactly as in the data', () => {
    expect(contactText({ kind: 'call', value: '(573) 751-3448' })).toBe('(573) 751-3448');
    expect(contactText({ kind: 'text', value: '233733', keyword: 'HELP' })).toBe('233733');
  });

  it('shows addresses without the scheme, www or a trailing slash', () => {
    expect(contactText({ kind: 'web', value: 'https://tips.fbi.gov/' })).toBe('tips.fbi.gov');
    expect(displayUrl('https://www.ice.gov/tips')).toBe('ice.gov/tips');
  });
});

describe('contactName', () => {
  it('says what each kind of link does, and to whom', () => {
    expect(contactName(hotline, { kind: 'call', value: '1-888-373-7888' })).toBe(
      'Call the National Human Trafficking Hotline, 1-888-373-7888',
    );
    expect(contactName(hotline, { kind: 'text', value: '233733', keyword: 'HELP' })).toBe(
      'Text HELP to the National Human Trafficking Hotline at 233733',
    );
    expect(
      contactName(hotline, { kind: 'chat', value: 'https://humantraffickinghotline.org/chat' }),
    ).toBe(
      'Chat online with the National Human Trafficking Hotline, humantraffickinghotline.org/chat',
    );
    expect(contactName(hotline, { kind: 'tty', value: '711' })).toBe(
      'TTY: dial 711 for the National Human Trafficking Hotline',
    );
    expect(contactName({ name: 'FBI tips' }, { kind: 'web', value: 'https://tips.fbi.gov/' })).toBe(
      'Open the website of FBI tips, tips.fbi.gov',
    );
  });

  it('always contains the visible text of the link (WCAG 2.5.3)', () => {
    for (const contact of nationalHotline.contacts) {
      expect(contactName(nationalHotline, contact)).toContain(contactText(contact));
    }
  });

  it('uses "the" only where the name reads with it', () => {
    expect(nameInSentence('NCMEC CyberTipline')).toBe('the NCMEC CyberTipline');
    expect(nameInSentence('The Covering House')).toBe('the Covering House');
    expect(nameInSentence('Veronica’s Voice')).toBe('Veronica’s Voice');
    expect(nameInSentence('FBI tips')).toBe('FBI tips');
  });
});

describe('contactHref on odd data', () => {
  it('refuses values that are not numbers at all', () => {
    expect(contactHref({ kind: 'call', value: 'call us' })).toBeNull();
    expect(contactHref({ kind: 'call', value: '1-800-<script>' })).toBeNull();
  });
});
