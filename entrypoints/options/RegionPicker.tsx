import type { Ref } from 'preact';
import { AREA_LABELS, OUTSIDE_US_LABEL, STATE_NAMES, parseRegion } from '@/content/regions';
import { AREA_COUNTIES, AREA_DESCRIPTIONS, AREA_NOTES } from '@/content/areas';
import { MISSOURI_AREAS, OUTSIDE_US, STATE_CODES, type Region } from '@/content/types';
import { REGION_PICKER } from '@/content/ui/options';
import './RegionPicker.css';

export interface RegionPickerProps {
  region: Region | null;
  onChange: (region: Region | null) => void;
  /** Lets the page move focus to the state list (first run). */
  stateRef?: Ref<HTMLSelectElement>;
}

/** States and DC sorted by name, so typing a letter jumps where people expect. */
const STATES_BY_NAME = [...STATE_CODES].sort((a, b) =>
  STATE_NAMES[a].localeCompare(STATE_NAMES[b], 'en'),
);

/**
 * The state list, and for Missouri an optional area list with the counties of
 * the chosen area beneath it. Native selects: every browser and screen reader
 * knows them.
 */
export function RegionPicker({ region, onChange, stateRef }: RegionPickerProps) {
  const state = region?.state ?? '';
  const area = region?.state === 'MO' ? region.area : undefined;

  const chooseState = (value: string) => {
    // Keep the Missouri area only while Missouri stays chosen.
    onChange(
      value === ''
        ? null
        : parseRegion(value === 'MO' && area ? { state: 'MO', area } : { state: value }),
    );
  };
  const chooseArea = (value: string) => {
    onChange(parseRegion(value === '' ? { state: 'MO' } : { state: 'MO', area: value }));
  };

  return (
    <div class="region-picker">
      <div class="region-picker__field">
        <label for="region-state">{REGION_PICKER.stateLabel}</label>
        <select
          id="region-state"
          ref={stateRef}
          value={state}
          aria-describedby="region-help"
          onChange={(event) => chooseState(event.currentTarget.value)}
        >
          <option value="">{REGION_PICKER.notSet}</option>
          {STATES_BY_NAME.map((code) => (
            <option key={code} value={code}>
              {STATE_NAMES[code]}
            </option>
          ))}
          <option value={OUTSIDE_US}>{OUTSIDE_US_LABEL}</option>
        </select>
        <p id="region-help" class="region-picker__help">
          {REGION_PICKER.help}
        </p>
      </div>

      {state === 'MO' && (
        <div class="region-picker__field">
          <label for="region-area">{REGION_PICKER.areaLabel}</label>
          <select
            id="region-area"
            value={area ?? ''}
            aria-describedby={area ? 'region-area-description' : undefined}
            onChange={(event) => chooseArea(event.currentTarget.value)}
          >
            <option value="">{REGION_PICKER.allOfMissouri}</option>
            {MISSOURI_AREAS.map((id) => (
              <option key={id} value={id}>
                {AREA_LABELS[id]}
              </option>
            ))}
          </select>
          {area && (
            <div class="region-picker__counties">
              <p id="region-area-description">{AREA_DESCRIPTIONS[area]}</p>
              <p>
                {REGION_PICKER.countiesIntro} {AREA_COUNTIES[area].join(', ')}
              </p>
              {AREA_NOTES[area] && <p>{AREA_NOTES[area]}</p>}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
