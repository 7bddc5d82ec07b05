import { render } from 'preact';
import '@/components/base.css';
import { firstSettings, FIRST_RENDER_WAIT_MS } from '@/components/useSettings';
import { listenForQuickExit } from '@/utils/quick-exit';
import { within } from '@/utils/within';
import { App, loadParts } from './App';

listenForQuickExit('popup');

// The settings and the popup's other files load together, and the first render waits for them,
// so it draws the whole popup once.
void Promise.all([firstSettings(), within(loadParts(), FIRST_RENDER_WAIT_MS)]).then(
  ([initialSettings, initialParts]) =>
    render(
      <App initialSettings={initialSettings} initialParts={initialParts} />,
      document.getElementById('app')!,
    ),
);
