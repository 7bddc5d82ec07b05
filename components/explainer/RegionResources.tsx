import { useMemo } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useContent } from '@/components/useContent';
import type { Region } from '@/content/types';
import { RegionLine } from '@/components/RegionLine';
import { RegionLines } from '@/components/RegionLines';

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
  const { resourcesFor } = useContent();
  const resolved = useMemo(() => resourcesFor(region ?? null), [region, resourcesFor]);
  return (
    <div class="region-resources">
      <RegionLine
        label={region === undefined ? undefined : resolved.label}
        onChange={openSettings}
      />
      {resolved.coverageNote && <p class="region-resources__note">{resolved.coverageNote}</p>}
      <RegionLines groups={resolved.groups} level={3} line="card" featureFirst />
    </div>
  );
}
