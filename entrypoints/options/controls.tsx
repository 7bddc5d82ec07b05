import type { Ref, VNode } from 'preact';
import type { Content } from '@/content/i18n/content';
import type { AllSettings, SettingKey } from '@/content/settings';
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

type OptionsText = Content['ui']['options'];

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
    render: ({ value, onChange, content: { ui } }) => (
      <ChoiceGroup
        name="language"
        legend={ui.options.LANGUAGE.legend}
        value={value}
        choices={ui.options.LANGUAGE.choices}
        // Each language's name is in that language, so it is read with its own voice.
        langs={{ en: 'en', es: 'es' }}
        description={ui.options.LANGUAGE.help}
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
    render: ({ value, onChange, content: { ui } }) => (
      <SettingSwitch
        id="lookup-enabled"
        label={ui.options.LOOKUP.enabledLabel}
        checked={value}
        onChange={onChange}
        description={ui.options.LOOKUP.enabledHelp}
      />
    ),
  },
  lookupTarget: {
    section: 'lookup',
    render: ({ value, onChange, shown, content: { ui } }) => (
      <>
        <ChoiceGroup
          name="lookup-target"
          legend={ui.options.LOOKUP.targetLegend}
          value={value}
          choices={ui.options.LOOKUP.targets}
          description={ui.options.LOOKUP.targetHelp}
          onChange={onChange}
        />
        {!shown.lookupEnabled && <p class="options__note">{ui.options.LOOKUP.disabledNote}</p>}
      </>
    ),
  },
  theme: {
    section: 'appearance',
    render: ({ value, onChange, content: { ui } }) => (
      <ChoiceGroup
        name="theme"
        legend={ui.options.APPEARANCE.themeLegend}
        value={value}
        choices={ui.options.APPEARANCE.themes}
        onChange={onChange}
      />
    ),
  },
  discreet: {
    section: 'discreet',
    render: ({ value, onChange, content: { ui } }) => (
      <SettingSwitch
        id="discreet"
        label={ui.options.DISCREET.label}
        checked={value}
        onChange={onChange}
        description={
          <>
            <p>{ui.options.DISCREET.help}</p>
            <p>{ui.options.DISCREET.limits}</p>
          </>
        }
      />
    ),
  },
};
