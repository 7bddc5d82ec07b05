import type { Ref, VNode } from 'preact';
import { useContent, useUi } from '@/components/useContent';
import type { Content, PageUiStrings } from '@/content/i18n/content';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { SETTING_KEYS, type AllSettings, type SettingKey } from '@/content/settings';
import { EmergencyLine } from '@/components/EmergencyLine';
import { PageFooter } from '@/components/PageFooter';
import { QuickExitButton } from '@/components/QuickExitButton';
import { useSettings, useTheme } from '@/components/useSettings';
import { quickExit, watchDoubleEscape } from '@/utils/quick-exit';
import { resetAllSettings } from '@/utils/settings';
import { CONTROLS, SETTING_SECTIONS, type ControlProps } from './controls';
import { PrivacyNote } from './PrivacyNote';
import { ResetSettings } from './ResetSettings';
import { SaveStatus } from './SaveStatus';
import { Shortcuts } from './Shortcuts';
import { SyncSetting, useSync } from './SyncSetting';
import { useAutosave } from './useAutosave';
import { optionsUi } from './useOptionsUi';
import { WelcomeNote } from './WelcomeNote';
import './App.css';

export { SAVE_DELAY_MS } from './useAutosave';

const exit = () => void quickExit('tab');

const savedMessage = <K extends SettingKey>(
  SAVED: PageUiStrings['options']['SAVED'],
  key: K,
  value: AllSettings[K],
) => (SAVED[key] as (value: AllSettings[K]) => string)(value);

export function App({ initialSettings = null }: { initialSettings?: AllSettings | null }) {
  const { DISCREET_TITLE } = useUi().common;
  const content = useContent();
  const { PAGE, RESET, SAVE_FAILED, SAVED, SYNC } = optionsUi(content);
  const stored = useSettings(initialSettings);
  const [announcement, setAnnouncement] = useState({ text: '', count: 0 });
  const announce = (text: string) => setAnnouncement((last) => ({ text, count: last.count + 1 }));
  const [regionSaved, setRegionSaved] = useState(false);
  const sync = useSync(announce);
  const { shown, change, flush, cancel } = useAutosave(stored, {
    onSaved(key, value, result) {
      if (result.syncError) sync.failed();
      announce(
        result.syncError
          ? `${savedMessage(SAVED, key, value)}. ${SYNC.failed}`
          : savedMessage(SAVED, key, value),
      );
      if (key === 'region' && value) setRegionSaved(true);
    },
    onFailed: () => announce(SAVE_FAILED),
  });
  const welcome = useMemo(() => window.location.hash === '#welcome', []);
  const stateRef = useRef<HTMLSelectElement>(null);
  const ready = shown !== null;
  useTheme(shown);

  useEffect(() => watchDoubleEscape(exit), []);

  // Before paint, so a discreet user never sees the guide's name in the tab.
  useLayoutEffect(() => {
    if (!shown) return;
    document.title = shown.discreet ? DISCREET_TITLE : PAGE.title;
  }, [shown?.discreet, ready]);

  // First run: the one thing to do is choose a region, so start there.
  useEffect(() => {
    if (ready && welcome) stateRef.current?.focus();
  }, [ready]);

  const reset = async () => {
    cancel();
    await resetAllSettings();
    sync.reset();
    setRegionSaved(false);
    announce(RESET.done);
  };

  return (
    <div class="options" data-ready={ready ? 'true' : undefined}>
      <header class="options__header">
        <EmergencyLine />
        <div class="options__bar">
          <div>
            <h1 class="options__title">{PAGE.heading}</h1>
            {shown && !shown.discreet && <p class="options__subtitle">{PAGE.subheading}</p>}
          </div>
          <QuickExitButton onExit={exit} />
        </div>
        <SaveStatus message={announcement.text || PAGE.autosave} count={announcement.count} />
      </header>

      <main class="options__main">
        {shown && (
          <>
            {welcome && <WelcomeNote saved={regionSaved} />}
            <SettingSections shown={shown} change={change} stateRef={stateRef} />
            <SyncSetting sync={sync} beforeToggle={flush} />
            <Shortcuts />
            <PrivacyNote />
            <ResetSettings onReset={reset} />
          </>
        )}
      </main>

      <PageFooter />
    </div>
  );
}

/** Every setting's section, each with its controls (from CONTROLS). */
function SettingSections({
  shown,
  change,
  stateRef,
}: {
  shown: AllSettings;
  change: <K extends SettingKey>(key: K, value: AllSettings[K]) => void;
  stateRef: Ref<HTMLSelectElement>;
}) {
  const content = useContent();
  return (
    <>
      {SETTING_SECTIONS.map(({ id, heading }) => (
        <section key={id} class="options__section" aria-labelledby={`${id}-heading`}>
          <h2 id={`${id}-heading`}>{heading(optionsUi(content))}</h2>
          {SETTING_KEYS.filter((key) => CONTROLS[key].section === id).map((key) => (
            <Control
              key={key}
              name={key}
              shown={shown}
              change={change}
              stateRef={stateRef}
              content={content}
            />
          ))}
        </section>
      ))}
    </>
  );
}

interface ControlSlotProps<K extends SettingKey> {
  name: K;
  shown: AllSettings;
  change: (key: K, value: AllSettings[K]) => void;
  stateRef: Ref<HTMLSelectElement>;
  content: Content;
}

/** One setting's control from CONTROLS, wired to the autosave. */
function Control<K extends SettingKey>({
  name,
  shown,
  change,
  stateRef,
  content,
}: ControlSlotProps<K>) {
  // CONTROLS[name] is the control for this K; TypeScript cannot follow a key through a union.
  const render = CONTROLS[name].render as (props: ControlProps<K>) => VNode;
  return render({
    value: shown[name],
    shown,
    onChange: (value) => change(name, value),
    stateRef,
    content,
  });
}
