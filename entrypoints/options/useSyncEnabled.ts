import { useEffect, useState } from 'preact/hooks';
import { syncEnabled } from '@/utils/settings';

/** Whether settings sync is on, kept live. `null` until read. A broken stored flag reads as off. */
export function useSyncEnabled(): boolean | null {
  const [on, setOn] = useState<boolean | null>(null);
  useEffect(() => {
    let alive = true;
    const update = (value: unknown) => {
      if (alive) setOn(value === true);
    };
    syncEnabled.getValue().then(update, () => update(false));
    const unwatch = syncEnabled.watch(update);
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return on;
}
