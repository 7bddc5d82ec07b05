import { useState } from 'preact/hooks';
import { useMemo } from 'preact/hooks';
import { useContent } from '@/components/useContent';
import { RegionLines } from '@/components/RegionLines';
import { ResourceCard } from '@/components/ResourceCard';
import type { RegionResources, ResourceGroup } from '@/content/region-lines';
import { usePopupUi } from './usePopupUi';

const MORE_ID = 'more-lines';

/**
 * Regional lines stay in view; so does a group that is only a note (e.g. "choose your area"),
 * since it is short. Local organisations and other national lines fold away behind "More lines".
 */
const foldable = (g: ResourceGroup) => g.id !== 'regional' && g.resources.length > 0;

export interface ReportLinesProps {
  /** The region's lines; null until the settings are read. */
  resolved: RegionResources | null;
}

/** "Report": the hotline from the first paint, then the region's lines, the rest folded away. */
export function ReportLines({ resolved }: ReportLinesProps) {
  const { resourcesFor } = useContent();
  const { POPUP } = usePopupUi();
  // The hotline never depends on the region: it is here from the first paint.
  const nationalHotline = useMemo(
    () => resourcesFor(null).groups[0]!.resources[0]!,
    [resourcesFor],
  );
  const [moreOpen, setMoreOpen] = useState(false);
  const groups = resolved?.groups ?? [];
  const regional = groups.filter((g) => g.id !== 'hotline' && !foldable(g));
  const more = groups.filter(foldable);
  const moreCount = more.reduce((sum, g) => sum + g.resources.length, 0);
  return (
    <section class="popup__section" aria-labelledby="report-heading">
      <h2 id="report-heading" class="popup__heading">
        {POPUP.reportHeading}
      </h2>
      {/* The hotline never depends on the region: it is here from the first paint. */}
      <ResourceCard resource={nationalHotline} level={3} featured />

      {resolved && (
        <>
          <RegionLines groups={regional} level={3} line="card" landmarks />
          {resolved.coverageNote && <p class="popup__note">{resolved.coverageNote}</p>}
          {moreCount > 0 && (
            <div class="popup__more">
              <button
                type="button"
                class="popup__more-button"
                aria-expanded={moreOpen}
                aria-controls={MORE_ID}
                onClick={() => setMoreOpen(!moreOpen)}
              >
                <span class="popup__chevron" aria-hidden="true" />
                {POPUP.moreLines(moreCount)}
              </button>
              <div id={MORE_ID} class="popup__more-body" hidden={!moreOpen}>
                {moreOpen && <RegionLines groups={more} level={3} line="card" landmarks />}
              </div>
            </div>
          )}
        </>
      )}
    </section>
  );
}
