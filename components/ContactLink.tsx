import { useRef } from 'preact/hooks';
import { useContent } from '@/components/useContent';
import { contactHref, contactText, showsVanityOnly } from '@/content/contacts';
import type { Contact, Resource } from '@/content/types';
import { CopyButton } from './CopyButton';
import './ContactLink.css';

export interface ContactLinkProps {
  resource: Pick<Resource, 'name'>;
  contact: Contact;
}

/**
 * One way to reach a resource: "Call 1-888-373-7888 [Copy]". The link's
 * accessible name says what it does and to whom; the value is shown exactly
 * as in the data.
 */
export function ContactLink({ resource, contact }: ContactLinkProps) {
  const { ui, contactName } = useContent();
  const { CONTACT_KIND, SOURCE, TEXT_KEYWORD } = ui.common;
  const valueRef = useRef<HTMLAnchorElement & HTMLSpanElement>(null);
  const href = contactHref(contact);
  const text = contactText(contact);
  const external = contact.kind === 'chat' || contact.kind === 'web';

  return (
    <li class={`contact contact--${contact.kind}`}>
      <span class="contact__kind" aria-hidden="true">
        {CONTACT_KIND[contact.kind]}
      </span>
      <span class="contact__main">
        {href ? (
          <a
            ref={valueRef}
            class="contact__link"
            href={href}
            aria-label={contactName(resource, contact) + (external ? ` ${SOURCE.newTab}` : '')}
            {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
          >
            {text}
          </a>
        ) : (
          <span ref={valueRef} class="contact__value">
            {text}
          </span>
        )}
        {contact.vanity && !showsVanityOnly(contact.vanity) && (
          <span class="contact__extra"> ({contact.vanity})</span>
        )}
        {contact.keyword && <span class="contact__extra"> · {TEXT_KEYWORD(contact.keyword)}</span>}
        {contact.note && <span class="contact__note">{contact.note}</span>}
      </span>
      <CopyButton text={contact.value} label={text} selectTarget={() => valueRef.current} />
    </li>
  );
}
