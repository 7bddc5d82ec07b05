import { useEffect, useRef, useState } from 'preact/hooks';
import { setSyncEnabled } from '@/utils/settings';
import { SettingSwitch } from './SettingSwitch';
import { useSyncEnabled } from './useSyncEnabled';
import { useOptionsUi } from './useOptionsUi';

export interface Sync {
  /** What the switch shows: the user's choice at once, while the settings move. */
  shown: boolean | null;
  /** The last move or save to sync failed, so everything stays on this device. */
  hasFailed: boolean;
  toggle: (on: boolean) => Promise<void>;
  /** A save fell back to this device. */
  failed: () => void;
  /** Settings were reset: sync is off and nothing has failed. */
  reset: () => void;
}

/** The sync switch's state: opting in moves every setting, which can fail (quota). */
export function useSync(announce: (text: string) => void): Sync {
  const { SYNC } = useOptionsUi();
  const syncOn = useSyncEnabled();
  const [hasFailed, setFailed] = useState(false);
  const [draft, setDraft] = useState<boolean | null>(null);
  const busy = useRef(false);
  const syncOnRef = useRef(syncOn);
  syncOnRef.current = syncOn;

  // Storage has spoken (here or in another window): it wins over any draft.
  useEffect(() => {
    if (!busy.current) setDraft(null);
    if (syncOn) setFailed(false);
  }, [syncOn]);

  const toggle = async (on: boolean) => {
    if (busy.current) return;
    busy.current = true;
    setDraft(on);
    let now = !on;
    try {
      const result = await setSyncEnabled(on);
      now = result.area === 'sync';
      setFailed(Boolean(result.syncError));
      announce(result.syncError ? SYNC.failed : on ? SYNC.on : SYNC.off);
    } catch {
      setFailed(true);
      announce(SYNC.failed);
    } finally {
      busy.current = false;
      // Keep the draft until storage agrees, so the switch never flickers.
      setDraft(syncOnRef.current === now ? null : now);
    }
  };

  return {
    shown: draft ?? syncOn,
    hasFailed,
    toggle,
    failed: () => setFailed(true),
    reset: () => setFailed(false),
  };
}

export interface SyncSettingProps {
  sync: Sync;
  /** Runs before the settings move, so a change still waiting to save moves with them. */
  beforeToggle: () => void;
}

/** "Sync my settings across my browsers", and what that means right now. */
export function SyncSetting({ sync, beforeToggle }: SyncSettingProps) {
  const { SYNC } = useOptionsUi();
  const message = sync.hasFailed ? SYNC.failed : sync.shown ? SYNC.on : SYNC.off;
  return (
    <section class="options__section" aria-labelledby="sync-heading">
      <h2 id="sync-heading">{SYNC.heading}</h2>
      <SettingSwitch
        id="sync"
        label={SYNC.label}
        checked={sync.shown === true}
        disabled={sync.shown === null}
        onChange={(on) => {
          beforeToggle();
          void sync.toggle(on);
        }}
        description={SYNC.help}
      />
      <p class={`options__sync-state${sync.hasFailed ? ' options__sync-state--failed' : ''}`}>
        {message}
      </p>
    </section>
  );
}
