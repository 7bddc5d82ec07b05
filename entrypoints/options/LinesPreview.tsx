import type { RegionResources } from '@/content/region-lines';
import { LineRow, RegionLines } from '@/components/RegionLines';
import './LinesPreview.css';
import { useOptionsUi } from './useOptionsUi';

export interface LinesPreviewProps {
  lines: RegionResources;
}

/**
 * What choosing a region changes, right beside the choice: the lines the
 * toolbar button will list, by name and number, and what we do not cover.
 */
export function LinesPreview({ lines }: LinesPreviewProps) {
  const { PREVIEW } = useOptionsUi();
  const heading = lines.label ? PREVIEW.headingFor(lines.label) : PREVIEW.headingNational;
  return (
    <section class="lines-preview" aria-labelledby="lines-preview-heading">
      <h3 id="lines-preview-heading" class="lines-preview__heading">
        {heading}
      </h3>
      <ul class="region-lines__rows">
        <LineRow resource={lines.emergency} />
      </ul>
      <RegionLines groups={lines.groups} level={4} line="row" />
      {lines.coverageNote && <p class="lines-preview__coverage">{lines.coverageNote}</p>}
    </section>
  );
}
