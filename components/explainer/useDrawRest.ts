import { useEffect, useState } from 'preact/hooks';

/** The first paint holds only what the reader asked for; the rest is drawn a frame later. */
export function useDrawRest(routed: boolean): boolean {
  const [complete, setComplete] = useState(false);
  useEffect(() => {
    if (!routed || complete) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setComplete(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [routed, complete]);
  return complete;
}
