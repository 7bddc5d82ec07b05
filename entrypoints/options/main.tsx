import { render } from 'preact';
import '@/components/base.css';
import { firstSettings } from '@/components/useSettings';
import { listenForQuickExit } from '@/utils/quick-exit';
import { App } from './App';

listenForQuickExit('tab');
// The first render waits (briefly) for the settings, so it is drawn once, in the right theme.
void firstSettings().then((initialSettings) =>
  render(<App initialSettings={initialSettings} />, document.getElementById('app')!),
);
