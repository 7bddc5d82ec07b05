import { useMemo } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { resourcesFor } from '@/content/region-lines';
import type { Region } from '@/content/types';
import { RegionLine } from '@/components/RegionLine';
import { ResourceCard } from '@/components/ResourceCard';

interface Props {
  /** undefined: settings not read yet; null: no region chosen. */
  region: Region | null | undefined;
}

function openSettings() {
  void browser.runtime.openOptionsPage().catch(() => undefined);
}

/**
 * The reporting lines for the reader's region, inside the reporting
 * section. Re-renders when the region setting changes.
 */
export function RegionResources({ region }: Props) {
  const resolved = useMemo(() => resourcesFor(region ?? null), [region]);
  return (
    <div class="region-resources">
      <RegionLine
        label={region === undefined ? undefined : resolved.label}
        onChange={openSettings}
      />
      {resolved.coverageNote && <p class="region-resources__note">{resolved.coverageNote}</p>}
      {resolved.groups.map((group, gi) => (
        <div class="region-resources__group" key={group.id}>
          <h3 class="region-resources__title">{group.title}</h3>
          {group.note && <p class="region-resources__note">{group.note}</p>}
          {group.resources.map((resource, ri) => (
            <ResourceCard
              key={resource.id}
              resource={resource}
              level={4}
              featured={gi === 0 && ri === 0}
            />
          ))}
        </div>
      ))}
    </div>
  );
}
