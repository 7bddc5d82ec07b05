import type { RegionResources } from '@/content/region-lines';
import type { Contact, Resource } from '@/content/types';
import { PREVIEW } from '@/content/ui/options';
import './LinesPreview.css';

export interface LinesPreviewProps {
  lines: RegionResources;
}

/** Numbers only, in a few words: "1-888-373-7888, text 233733". */
function numbers(resource: Resource): string {
  const shown: string[] = [];
  const first = (kind: Contact['kind']) => resource.contacts.find((c) => c.kind === kind);
  const call = first('call');
  const text = first('text');
  if (call) shown.push(call.value);
  if (text) shown.push(PREVIEW.text(text.value));
  if (!call && !text) {
    const tty = first('tty');
    if (tty) shown.push(PREVIEW.tty(tty.value));
  }
  return shown.join(', ');
}

/**
 * What choosing a region changes, right beside the choice: the lines the
 * toolbar button will list, by name and number, and what we do not cover.
 */
export function LinesPreview({ lines }: LinesPreviewProps) {
  const heading = lines.label ? PREVIEW.headingFor(lines.label) : PREVIEW.headingNational;
  return (
    <section class="lines-preview" aria-labelledby="lines-preview-heading">
      <h3 id="lines-preview-heading" class="lines-preview__heading">
        {heading}
      </h3>
      <ul class="lines-preview__list">
        <Row resource={lines.emergency} />
      </ul>
      {lines.groups.map((group) => (
        <div key={group.id} class="lines-preview__group">
          <h4 class="lines-preview__group-title">{group.title}</h4>
          {group.resources.length > 0 ? (
            <ul class="lines-preview__list">
              {group.resources.map((resource) => (
                <Row key={resource.id} resource={resource} />
              ))}
            </ul>
          ) : (
            group.note && <p class="lines-preview__note">{group.note}</p>
          )}
        </div>
      ))}
      {lines.coverageNote && <p class="lines-preview__coverage">{lines.coverageNote}</p>}
    </section>
  );
}

function Row({ resource }: { resource: Resource }) {
  const shown = numbers(resource);
  return (
    <li class="lines-preview__row">
      <span class="lines-preview__name">{resource.name}</span>
      {shown ? (
        <span class="lines-preview__number">{shown}</span>
      ) : (
        <span class="lines-preview__none">{PREVIEW.noNumber}</span>
      )}
      {resource.qualifier && <span class="lines-preview__qualifier">{resource.qualifier}</span>}
    </li>
  );
}
