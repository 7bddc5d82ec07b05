import type { Ref, VNode } from 'preact';
import type { Content, PageUiStrings } from '@/content/i18n/content';
import type { AllSettings, SettingKey } from '@/content/settings';
import { ChoiceGroup } from './ChoiceGroup';
import { optionsUi } from './useOptionsUi';
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
  /** The guide in the page's language. */
  content: Content;
}

/** The sections of the options page that hold settings, in order, each with its heading. */
export const SETTING_SECTIONS = [
  { id: 'language', heading: (t: OptionsText) => t.LANGUAGE.heading },
  { id: 'region', heading: (t: OptionsText) => t.REGION_PICKER.heading },
  { id: 'lookup', heading: (t: OptionsText) => t.LOOKUP.heading },
  { id: 'appearance', heading: (t: OptionsText) => t.APPEARANCE.heading },
  { id: 'discreet', heading: (t: OptionsText) => t.DISCREET.heading },
] as const;

type OptionsText = PageUiStrings['options'];

type SectionId = (typeof SETTING_SECTIONS)[number]['id'];

type Controls = {
  [K in SettingKey]: { section: SectionId; render: (props: ControlProps<K>) => VNode };
};

/**
 * The control for each setting in content/settings.ts, and the section it sits in. Typed over
 * the table's keys, so a setting without a control does not compile.
 */
export const CONTROLS: Controls = {
  language: {
    section: 'language',
    render: ({ value, onChange, content }) => (
      <ChoiceGroup
        name="language"
        legend={optionsUi(content).LANGUAGE.legend}
        value={value}
        choices={optionsUi(content).LANGUAGE.choices}
        // Each language's name is in that language, so it is read with its own voice.
        langs={{ en: 'en', es: 'es' }}
        description={optionsUi(content).LANGUAGE.help}
        onChange={onChange}
      />
    ),
  },
  region: {
    section: 'region',
    render: ({ value, onChange, stateRef, content }) => (
      <>
        <RegionPicker region={value} onChange={onChange} stateRef={stateRef} />
        <LinesPreview lines={content.resourcesFor(value)} />
      </>
    ),
  },
  lookupEnabled: {
    section: 'lookup',
    render: ({ value, onChange, content }) => (
      <SettingSwitch
        id="lookup-enabled"
        label={optionsUi(content).LOOKUP.enabledLabel}
        checked={value}
        onChange={onChange}
        description={optionsUi(content).LOOKUP.enabledHelp}
      />
    ),
  },
  lookupTarget: {
    section: 'lookup',
    render: ({ value, onChange, shown, content }) => (
      <>
        <ChoiceGroup
          name="lookup-target"
          legend={optionsUi(content).LOOKUP.targetLegend}
          value={value}
          choices={optionsUi(content).LOOKUP.targets}
          description={optionsUi(content).LOOKUP.targetHelp}
          onChange={onChange}
        />
        {!shown.lookupEnabled && (
          <p class="options__note">{optionsUi(content).LOOKUP.disabledNote}</p>
        )}
      </>
    ),
  },
  theme: {
    section: 'appearance',
    render: ({ value, onChange, content }) => (
      <ChoiceGroup
        name="theme"
        legend={optionsUi(content).APPEARANCE.themeLegend}
        value={value}
        choices={optionsUi(content).APPEARANCE.themes}
        onChange={onChange}
      />
    ),
  },
  discreet: {
    section: 'discreet',
    render: ({ value, onChange, content }) => (
      <SettingSwitch
        id="discreet"
        label={optionsUi(content).DISCREET.label}
        checked={value}
        onChange={onChange}
        description={
          <>
            <p>{optionsUi(content).DISCREET.help}</p>
            <p>{optionsUi(content).DISCREET.limits}</p>
          </>
        }
      />
    ),
  },
};
