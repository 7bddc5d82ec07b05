import { render } from 'preact';
import '@/components/base.css';
import { firstContent, LocaleRoot } from '@/components/useContent';
import { firstSettings, FIRST_RENDER_WAIT_MS } from '@/components/useSettings';
import { parseHash } from '@/content/links';
import { takeSelection } from '@/utils/lookup-stash';
import { listenForQuickExit } from '@/utils/quick-exit';
import { within } from '@/utils/within';
import { App } from './App';

listenForQuickExit('tab');
// Opened by a right-click: take the selection while the page loads. The first render waits
// (briefly) for it and the settings, so the page is routed, drawn and focused in one go.
const route = parseHash(location.hash);
const firstLookup =
  route.kind === 'lookup' ? { token: route.token, entry: takeSelection(route.token) } : null;
void Promise.all([
  firstSettings().then(async (settings) => [settings, await firstContent(settings, true)] as const),
  within(Promise.resolve(firstLookup?.entry), FIRST_RENDER_WAIT_MS),
]).then(([[initialSettings, initial]]) =>
  render(
    <LocaleRoot initialSettings={initialSettings} initial={initial}>
      <App initialSettings={initialSettings} firstLookup={firstLookup} />
    </LocaleRoot>,
    document.getElementById('app')!,
  ),
);
