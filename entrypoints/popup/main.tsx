import { render } from 'preact';
import '@/components/base.css';
import { firstSettings } from '@/components/useSettings';
import { listenForQuickExit } from '@/utils/quick-exit';
import { App } from './App';

listenForQuickExit('popup');
// The first render waits (briefly) for the settings, so it draws the whole popup once.
void firstSettings().then((initialSettings) =>
  render(<App initialSettings={initialSettings} />, document.getElementById('app')!),
);
