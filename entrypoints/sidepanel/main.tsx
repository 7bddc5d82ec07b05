import { render } from 'preact';
import '@/components/base.css';
import { listenForQuickExit } from '@/utils/quick-exit';
import { App } from './App';

listenForQuickExit('panel');
render(<App />, document.getElementById('app')!);
