import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { resourcesFor } from '@/content/resolve';
import { regionLabel } from '@/content/regions';
import { DISCREET_TITLE } from '@/content/ui/common';
import {
  APPEARANCE,
  DISCREET,
  LOOKUP,
  PAGE,
  REGION_PICKER,
  RESET,
  SAVED,
  SYNC,
} from '@/content/ui/options';
import { EmergencyLine } from '@/components/EmergencyLine';
import { PageFooter } from '@/components/PageFooter';
import { QuickExitButton } from '@/components/QuickExitButton';
import { ChoiceGroup } from '@/components/options/ChoiceGroup';
import { LinesPreview } from '@/components/options/LinesPreview';
import { PrivacyNote } from '@/components/options/PrivacyNote';
import { RegionPicker } from '@/components/options/RegionPicker';
import { ResetSettings } from '@/components/options/ResetSettings';
import { SaveStatus } from '@/components/options/SaveStatus';
import { SettingSwitch } from '@/components/options/SettingSwitch';
import { Shortcuts } from '@/components/options/Shortcuts';
import { WelcomeNote } from '@/components/options/WelcomeNote';
import { useSyncEnabled } from '@/components/options/useSyncEnabled';
import { useSettings, useTheme } from '@/components/useSettings';
import { debounce, type Debounced } from '@/utils/debounce';
import { quickExit, watchDoubleEscape } from '@/utils/quick-exit';
import {
  discreet,
  lookupEnabled,
  lookupTarget,
  region,
  resetAllSettings,
  setSyncEnabled,
  theme,
  type AllSettings,
  type Setting,
} from '@/utils/settings';
import './App.css';

type Key = keyof AllSettings;

const SETTING: { [K in Key]: Setting<AllSettings[K]> } = {
  region,
  lookupEnabled,
  lookupTarget,
  theme,
  discreet,
};

/** Rapid changes (arrowing through a list) save once, for the value the user stops on. */
export const SAVE_DELAY_MS = 300;

function savedMessage<K extends Key>(key: K, value: AllSettings[K]): string {
  const v = value as AllSettings[Key];
  switch (key) {
    case 'region':
      return SAVED.region(v ? regionLabel(v as NonNullable<AllSettings['region']>) : null);
    case 'lookupEnabled':
      return SAVED.lookupEnabled(v as boolean);
    case 'lookupTarget':
      return SAVED.lookupTarget(v as AllSettings['lookupTarget']);
    case 'theme':
      return SAVED.theme(v as AllSettings['theme']);
    default:
      return SAVED.discreet(v as boolean);
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const exit = () => void quickExit('tab');

export function App({ initialSettings = null }: { initialSettings?: AllSettings | null }) {
  const stored = useSettings(initialSettings);
  const syncOn = useSyncEnabled();
  // Values chosen but not yet back from storage: the page shows them at once.
  const [draft, setDraft] = useState<Partial<AllSettings>>({});
  const [announcement, setAnnouncement] = useState({ text: '', count: 0 });
  const [syncFailed, setSyncFailed] = useState(false);
  // The switch shows the user's choice at once, while the settings move.
  const [syncDraft, setSyncDraft] = useState<boolean | null>(null);
  const syncBusy = useRef(false);
  const syncOnRef = useRef(syncOn);
  syncOnRef.current = syncOn;
  const [regionSaved, setRegionSaved] = useState(false);
  const welcome = useMemo(() => window.location.hash === '#welcome', []);
  const stateRef = useRef<HTMLSelectElement>(null);

  const storedRef = useRef(stored);
  storedRef.current = stored;

  const shown: AllSettings | null = stored ? { ...stored, ...draft } : null;
  const ready = shown !== null;
  useTheme(shown);

  const dropDraft = (key: Key, value: unknown) =>
    setDraft((current) => {
      if (!(key in current) || !same(current[key], value)) return current;
      const next = { ...current };
      delete next[key];
      return next;
    });

  const announce = (text: string) => setAnnouncement((last) => ({ text, count: last.count + 1 }));

  const savers = useMemo(() => {
    async function save<K extends Key>(key: K, value: AllSettings[K]) {
      try {
        const result = await SETTING[key].set(value);
        if (result.syncError) {
          setSyncFailed(true);
          announce(`${savedMessage(key, value)}. ${SYNC.failed}`);
        } else {
          announce(savedMessage(key, value));
        }
        if (key === 'region' && value) setRegionSaved(true);
        // Saving the value storage already held fires no change event, so settle the draft here.
        if (same(storedRef.current?.[key], value)) dropDraft(key, value);
      } catch {
        announce(SAVED.failed);
        // Show what is really stored again.
        setDraft(({ [key]: _dropped, ...rest }) => rest as Partial<AllSettings>);
      }
    }
    const make = <K extends Key>(key: K) =>
      debounce((value: AllSettings[K]) => void save(key, value), SAVE_DELAY_MS);
    return {
      region: make('region'),
      lookupEnabled: make('lookupEnabled'),
      lookupTarget: make('lookupTarget'),
      theme: make('theme'),
      discreet: make('discreet'),
    } satisfies { [K in Key]: Debounced<[AllSettings[K]]> };
  }, []);

  const change = <K extends Key>(key: K, value: AllSettings[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    (savers[key] as Debounced<[AllSettings[K]]>)(value);
  };

  // A draft is done once storage holds the same value.
  useEffect(() => {
    if (!stored) return;
    setDraft((current) => {
      const keys = (Object.keys(current) as Key[]).filter(
        (key) => same(current[key], stored[key]) && !savers[key].pending,
      );
      if (keys.length === 0) return current;
      const next = { ...current };
      for (const key of keys) delete next[key];
      return next;
    });
  }, [stored]);

  // Closing the tab right after a change still saves it.
  useEffect(() => {
    const flush = () => Object.values(savers).forEach((saver) => saver.flush());
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [savers]);

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

  const toggleSync = async (on: boolean) => {
    if (syncBusy.current) return;
    syncBusy.current = true;
    setSyncDraft(on);
    Object.values(savers).forEach((saver) => saver.flush());
    let now = !on;
    try {
      const result = await setSyncEnabled(on);
      now = result.area === 'sync';
      setSyncFailed(Boolean(result.syncError));
      announce(result.syncError ? SYNC.failed : on ? SYNC.on : SYNC.off);
    } catch {
      setSyncFailed(true);
      announce(SYNC.failed);
    } finally {
      syncBusy.current = false;
      // Keep the draft until storage agrees, so the switch never flickers.
      setSyncDraft(syncOnRef.current === now ? null : now);
    }
  };

  // Storage has spoken (here or in another window): it wins over any draft.
  useEffect(() => {
    if (!syncBusy.current) setSyncDraft(null);
    if (syncOn) setSyncFailed(false);
  }, [syncOn]);

  const reset = async () => {
    Object.values(savers).forEach((saver) => saver.cancel());
    setDraft({});
    await resetAllSettings();
    setSyncFailed(false);
    setRegionSaved(false);
    announce(RESET.done);
  };

  const lines = useMemo(
    () => resourcesFor(shown?.region ?? null),
    [JSON.stringify(shown?.region ?? null)],
  );
  const syncShown = syncDraft ?? syncOn;
  const syncMessage = syncFailed ? SYNC.failed : syncShown ? SYNC.on : SYNC.off;

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

            <section class="options__section" aria-labelledby="region-heading">
              <h2 id="region-heading">{REGION_PICKER.heading}</h2>
              <RegionPicker
                region={shown.region}
                onChange={(value) => change('region', value)}
                stateRef={stateRef}
              />
              <LinesPreview lines={lines} />
            </section>

            <section class="options__section" aria-labelledby="lookup-heading">
              <h2 id="lookup-heading">{LOOKUP.heading}</h2>
              <SettingSwitch
                id="lookup-enabled"
                label={LOOKUP.enabledLabel}
                checked={shown.lookupEnabled}
                onChange={(on) => change('lookupEnabled', on)}
                description={LOOKUP.enabledHelp}
              />
              <ChoiceGroup
                name="lookup-target"
                legend={LOOKUP.targetLegend}
                value={shown.lookupTarget}
                choices={LOOKUP.targets}
                description={LOOKUP.targetHelp}
                onChange={(value) => change('lookupTarget', value)}
              />
              {!shown.lookupEnabled && <p class="options__note">{LOOKUP.disabledNote}</p>}
            </section>

            <section class="options__section" aria-labelledby="appearance-heading">
              <h2 id="appearance-heading">{APPEARANCE.heading}</h2>
              <ChoiceGroup
                name="theme"
                legend={APPEARANCE.themeLegend}
                value={shown.theme}
                choices={APPEARANCE.themes}
                onChange={(value) => change('theme', value)}
              />
            </section>

            <section class="options__section" aria-labelledby="discreet-heading">
              <h2 id="discreet-heading">{DISCREET.heading}</h2>
              <SettingSwitch
                id="discreet"
                label={DISCREET.label}
                checked={shown.discreet}
                onChange={(on) => change('discreet', on)}
                description={
                  <>
                    <p>{DISCREET.help}</p>
                    <p>{DISCREET.limits}</p>
                  </>
                }
              />
            </section>

            <section class="options__section" aria-labelledby="sync-heading">
              <h2 id="sync-heading">{SYNC.heading}</h2>
              <SettingSwitch
                id="sync"
                label={SYNC.label}
                checked={syncShown === true}
                disabled={syncShown === null}
                onChange={(on) => void toggleSync(on)}
                description={SYNC.help}
              />
              <p class={`options__sync-state${syncFailed ? ' options__sync-state--failed' : ''}`}>
                {syncMessage}
              </p>
            </section>

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
