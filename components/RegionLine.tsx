import './RegionLine.css';
import { useUi } from '@/components/useContent';

export interface RegionLineProps {
  /**
   * undefined: settings not read yet (the line keeps its height, empty);
   * null: no region chosen; a string: the region's label, e.g. "Kansas".
   */
  label: string | null | undefined;
  /** Opens the place where the region is chosen. */
  onChange: () => void;
}

/** "Showing resources for Kansas · Change", or a prompt to set a region. */
export function RegionLine({ label, onChange }: RegionLineProps) {
  const { REGION } = useUi().common;
  if (label === undefined) return <p class="region-line" aria-hidden="true" />;
  if (label === null) {
    return (
      <p class="region-line">
        <span class="region-line__text">
          {REGION.national} {REGION.prompt}
        </span>
        <button type="button" class="region-line__button button" onClick={onChange}>
          {REGION.set}
        </button>
      </p>
    );
  }
  return (
    <p class="region-line">
      <span class="region-line__text">
        {REGION.showing} <strong>{label}</strong>
        <span aria-hidden="true"> · </span>
        <button type="button" class="region-line__link" onClick={onChange}>
          {REGION.change}
          <span class="visually-hidden">{REGION.changeHidden}</span>
        </button>
      </span>
    </p>
  );
}
