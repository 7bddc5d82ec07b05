import { render } from 'preact';
import '@/components/base.css';
import { firstContent, LocaleRoot } from '@/components/useContent';
import { firstSettings } from '@/components/useSettings';
import { listenForQuickExit } from '@/utils/quick-exit';
import { App } from './App';

listenForQuickExit('tab');
// The first render waits (briefly) for the settings, so it is drawn once, in the right theme.
void firstSettings().then(async (initialSettings) => {
  // ... and for the words in the reader's language, so the first paint is in it.
  const initial = await firstContent(initialSettings);
  render(
    <LocaleRoot initialSettings={initialSettings} initial={initial}>
      <App initialSettings={initialSettings} />
    </LocaleRoot>,
    document.getElementById('app')!,
  );
});
