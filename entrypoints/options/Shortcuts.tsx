import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LOOKUP_COMMAND, OPEN_POPUP_COMMAND } from '@/content/commands';
import './Shortcuts.css';
import { useOptionsUi } from './useOptionsUi';

interface Command {
  name: string;
  shortcut: string;
}

/** Optional in some browsers: Firefox 137+ opens its shortcut settings for the extension. */
interface ShortcutSettingsApi {
  openShortcutSettings?: () => Promise<void>;
}

const ORDER = [OPEN_POPUP_COMMAND, LOOKUP_COMMAND];
const isFirefox = import.meta.env.FIREFOX;

/**
 * The keyboard shortcuts as this browser has them (the reader may have changed them), and how
 * to change them. Browsers let only their own settings page change a shortcut.
 */
export function Shortcuts() {
  const { SHORTCUTS: T } = useOptionsUi();
  const [commands, setCommands] = useState<Command[] | null | undefined>(undefined);

  useEffect(() => {
    Promise.resolve()
      .then(() => browser.commands.getAll())
      .then((all) =>
        setCommands(
          all
            .filter((c) => c.name && ORDER.includes(c.name))
            .sort((a, b) => ORDER.indexOf(a.name!) - ORDER.indexOf(b.name!))
            .map((c) => ({ name: c.name!, shortcut: c.shortcut ?? '' })),
        ),
      )
      .catch(() => setCommands(null));
  }, []);

  const openSettings = () => {
    const api = browser.commands as unknown as ShortcutSettingsApi;
    void Promise.resolve()
      .then(async () => {
        if (isFirefox) await api.openShortcutSettings?.();
        else await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
      })
      .catch(() => undefined);
  };
  const canOpen =
    !isFirefox || !!(browser.commands as unknown as ShortcutSettingsApi)?.openShortcutSettings;

  return (
    <section class="options__section shortcuts-setting" aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">{T.heading}</h2>
      <p>{T.intro}</p>
      {commands === null && <p>{T.unavailable}</p>}
      {commands && (
        <dl class="shortcuts" data-shortcuts="loaded">
          {commands.map(({ name, shortcut }) => (
            <div key={name}>
              <dt>{T.names[name] ?? name}</dt>
              <dd>{shortcut ? <kbd>{shortcut}</kbd> : T.notSet}</dd>
            </div>
          ))}
        </dl>
      )}
      <p>{isFirefox ? T.changeFirefox : T.changeChrome}</p>
      {canOpen && (
        <button type="button" class="button" onClick={openSettings}>
          {isFirefox ? T.openFirefox : T.openChrome}
        </button>
      )}
    </section>
  );
}
