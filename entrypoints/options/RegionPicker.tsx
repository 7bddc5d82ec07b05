import type { Ref } from 'preact';
import { useMemo } from 'preact/hooks';
import { useContent } from '@/components/useContent';
import { parseRegion } from '@/content/regions';
import { AREA_COUNTIES } from '@/content/areas';
import {
  MISSOURI_AREAS,
  OUTSIDE_US,
  STATE_CODES,
  type Region,
  type StateCode,
} from '@/content/types';
import './RegionPicker.css';
import { useOptionsUi } from './useOptionsUi';

export interface RegionPickerProps {
  region: Region | null;
  onChange: (region: Region | null) => void;
  /** Lets the page move focus to the state list (first run). */
  stateRef?: Ref<HTMLSelectElement>;
}

/** States and DC sorted by name, so typing a letter jumps where people expect. */
const statesByName = (names: Readonly<Record<StateCode, string>>, locale: string) =>
  [...STATE_CODES].sort((a, b) => names[a].localeCompare(names[b], locale));

/**
 * The state list, and for Missouri an optional area list with the counties of
 * the chosen area beneath it. Native selects: every browser and screen reader
 * knows them.
 */
export function RegionPicker({ region, onChange, stateRef }: RegionPickerProps) {
  const { regions, locale } = useContent();
  const { REGION_PICKER } = useOptionsUi();
  const { stateNames: STATE_NAMES, areaLabels: AREA_LABELS, outsideUs: OUTSIDE_US_LABEL } = regions;
  const { areaDescriptions: AREA_DESCRIPTIONS, areaNotes: AREA_NOTES } = regions;
  const STATES_BY_NAME = useMemo(() => statesByName(STATE_NAMES, locale), [locale]);
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
