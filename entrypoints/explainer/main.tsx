import { render } from 'preact';
import '@/components/base.css';
import { firstSettings } from '@/components/useSettings';
import { parseHash } from '@/content/links';
import { primeSelection } from '@/utils/lookup-stash';
import { listenForQuickExit } from '@/utils/quick-exit';
import { App } from './App';

listenForQuickExit('tab');
// Opened by a right-click: read the selection while the page loads.
const route = parseHash(location.hash);
if (route.kind === 'lookup') primeSelection(route.token);
// The first render waits (briefly) for the settings, so it is drawn once, in the right theme.
void firstSettings().then((initialSettings) =>
  render(<App initialSettings={initialSettings} />, document.getElementById('app')!),
);
