import type { Resource } from '@/content/types';
import { LangText } from './LangText';
import { useUi } from '@/components/useContent';
import { Citations } from './Citations';
import { ContactLink } from './ContactLink';
import './ResourceCard.css';

export interface ResourceCardProps {
  resource: Resource;
  /** Heading level of the resource name, so the page's outline stays in order. */
  level?: 2 | 3 | 4;
  /** The main line: shown larger, first. */
  featured?: boolean;
}

/** A line or organisation: name, caution, ways to reach it, hours, languages, sources. */
export function ResourceCard({ resource, level = 3, featured = false }: ResourceCardProps) {
  const { RESOURCE } = useUi().common;
  const Heading = `h${level}` as 'h2' | 'h3' | 'h4';
  const headingId = `resource-${resource.id}`;
  return (
    <article class={`resource${featured ? ' resource--featured' : ''}`} aria-labelledby={headingId}>
      <Heading id={headingId} class="resource__name">
        {resource.name}
      </Heading>
      {resource.qualifier && (
        <p class="resource__qualifier">
          <strong>{RESOURCE.check}</strong> {resource.qualifier}
        </p>
      )}
      <p class="resource__summary">
        <LangText text={resource.summary} />
      </p>
      {resource.contacts.length > 0 && (
        <ul class="resource__contacts">
          {resource.contacts.map((contact, i) => (
            <ContactLink
              key={`${contact.kind}-${contact.value}-${i}`}
              resource={resource}
              contact={contact}
            />
          ))}
        </ul>
      )}
      {(resource.hours || resource.languages) && (
        <dl class="resource__facts">
          {resource.hours && (
            <div>
              <dt>{RESOURCE.hours}</dt>
              <dd>{resource.hours}</dd>
            </div>
          )}
          {resource.languages && (
            <div>
              <dt>{RESOURCE.languages}</dt>
              <dd>{resource.languages}</dd>
            </div>
          )}
        </dl>
      )}
      <Citations cite={resource.cite} />
    </article>
  );
}
