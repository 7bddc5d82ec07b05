import type { Ref, VNode } from 'preact';
import { resourcesFor } from '@/content/region-lines';
import type { AllSettings, SettingKey } from '@/content/settings';
import { APPEARANCE, DISCREET, LOOKUP, REGION_PICKER } from '@/content/ui/options';
import { ChoiceGroup } from './ChoiceGroup';
import { LinesPreview } from './LinesPreview';
import { RegionPicker } from './RegionPicker';
import { SettingSwitch } from './SettingSwitch';

export interface ControlProps<K extends SettingKey> {
  value: AllSettings[K];
  /** Every setting as shown, for a control whose meaning depends on another. */
  shown: AllSettings;
  onChange: (value: AllSettings[K]) => void;
  /** Lets the page move focus to the state list (first run). */
  stateRef: Ref<HTMLSelectElement>;
}

/** The sections of the options page that hold settings, in order, each with its heading. */
export const SETTING_SECTIONS = [
  { id: 'region', heading: REGION_PICKER.heading },
  { id: 'lookup', heading: LOOKUP.heading },
  { id: 'appearance', heading: APPEARANCE.heading },
  { id: 'discreet', heading: DISCREET.heading },
] as const;

type SectionId = (typeof SETTING_SECTIONS)[number]['id'];

type Controls = {
  [K in SettingKey]: { section: SectionId; render: (props: ControlProps<K>) => VNode };
};

/**
 * The control for each setting in content/settings.ts, and the section it sits in. Typed over
 * the table's keys, so a setting without a control does not compile.
 */
export const CONTROLS: Controls = {
  region: {
    section: 'region',
    render: ({ value, onChange, stateRef }) => (
      <>
        <RegionPicker region={value} onChange={onChange} stateRef={stateRef} />
        <LinesPreview lines={resourcesFor(value)} />
      </>
    ),
  },
  lookupEnabled: {
    section: 'lookup',
    render: ({ value, onChange }) => (
      <SettingSwitch
        id="lookup-enabled"
        label={LOOKUP.enabledLabel}
        checked={value}
        onChange={onChange}
        description={LOOKUP.enabledHelp}
      />
    ),
  },
  lookupTarget: {
    section: 'lookup',
    render: ({ value, onChange, shown }) => (
      <>
        <ChoiceGroup
          name="lookup-target"
          legend={LOOKUP.targetLegend}
          value={value}
          choices={LOOKUP.targets}
          description={LOOKUP.targetHelp}
          onChange={onChange}
        />
        {!shown.lookupEnabled && <p class="options__note">{LOOKUP.disabledNote}</p>}
      </>
    ),
  },
  theme: {
    section: 'appearance',
    render: ({ value, onChange }) => (
      <ChoiceGroup
        name="theme"
        legend={APPEARANCE.themeLegend}
        value={value}
        choices={APPEARANCE.themes}
        onChange={onChange}
      />
    ),
  },
  discreet: {
    section: 'discreet',
    render: ({ value, onChange }) => (
      <SettingSwitch
        id="discreet"
        label={DISCREET.label}
        checked={value}
        onChange={onChange}
        description={
          <>
            <p>{DISCREET.help}</p>
            <p>{DISCREET.limits}</p>
          </>
        }
      />
    ),
  },
};
