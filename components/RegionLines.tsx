import { useId } from 'preact/hooks';
import { useUi } from '@/components/useContent';
import type { Content } from '@/content/i18n/content';
import type { ResourceGroup } from '@/content/region-lines';
import type { Contact, Resource } from '@/content/types';
import { ResourceCard } from './ResourceCard';
import './RegionLines.css';

export interface RegionLinesProps {
  /** The groups `resourcesFor(region)` returns, or some of them. */
  groups: readonly ResourceGroup[];
  /** Heading level of each group's title, so the page's outline stays in order. */
  level: 3 | 4 | 5;
  /**
   * card: each line in full, with every way to reach it and its sources (popup, explainer);
   * row: name and main number only, a preview (options), where a group's note shows only
   * when the group has no lines.
   */
  line: 'card' | 'row';
  /** Draw the first line larger (the explainer's hotline). */
  featureFirst?: boolean;
  /**
   * Each group a labelled region (the popup, where the groups are the page's structure);
   * otherwise a plain block inside the page's own section.
   */
  landmarks?: boolean;
}

/**
 * The lines a region sees, group by group: the one list the popup, the explainer and the options
 * preview draw. Each page styles it within its own block (`.popup`, `.region-resources`,
 * `.lines-preview`).
 */
export function RegionLines({
  groups,
  level,
  line,
  featureFirst = false,
  landmarks = false,
}: RegionLinesProps) {
  const prefix = useId();
  const Title = `h${level}` as 'h3' | 'h4' | 'h5';
  const Group = landmarks ? 'section' : 'div';
  return (
    <>
      {groups.map((group, gi) => {
        const titleId = `${prefix}-${group.id}`;
        const showNote = group.note && (line === 'card' || group.resources.length === 0);
        return (
          <Group
            key={group.id}
            class="region-lines__group"
            aria-labelledby={landmarks ? titleId : undefined}
          >
            <Title id={titleId} class="region-lines__title">
              {group.title}
            </Title>
            {showNote && <p class="region-lines__note">{group.note}</p>}
            {line === 'card' ? (
              group.resources.map((resource, ri) => (
                <ResourceCard
                  key={resource.id}
                  resource={resource}
                  level={4}
                  featured={featureFirst && gi === 0 && ri === 0}
                />
              ))
            ) : group.resources.length > 0 ? (
              <ul class="region-lines__rows">
                {group.resources.map((resource) => (
                  <LineRow key={resource.id} resource={resource} />
                ))}
              </ul>
            ) : null}
          </Group>
        );
      })}
    </>
  );
}

/** Numbers only, in a few words: "1-888-373-7888, text 233733". */
function numbers(resource: Resource, LINE_ROW: Content['ui']['common']['LINE_ROW']): string {
  const shown: string[] = [];
  const first = (kind: Contact['kind']) => resource.contacts.find((c) => c.kind === kind);
  const call = first('call');
  const text = first('text');
  if (call) shown.push(call.value);
  if (text) shown.push(LINE_ROW.text(text.value));
  if (!call && !text) {
    const tty = first('tty');
    if (tty) shown.push(LINE_ROW.tty(tty.value));
  }
  return shown.join(', ');
}

/** One line as a row: its name, its main number, and any caution. */
export function LineRow({ resource }: { resource: Resource }) {
  const { LINE_ROW } = useUi().common;
  const shown = numbers(resource, LINE_ROW);
  return (
    <li class="region-lines__row">
      <span class="region-lines__name">{resource.name}</span>
      {shown ? (
        <span class="region-lines__number">{shown}</span>
      ) : (
        <span class="region-lines__none">{LINE_ROW.noNumber}</span>
      )}
      {resource.qualifier && <span class="region-lines__qualifier">{resource.qualifier}</span>}
    </li>
  );
}
