import '@/components/base.css';
import { mountPage } from '@/components/useContent';
import { listenForQuickExit } from '@/utils/quick-exit';
import { App } from './App';

listenForQuickExit('panel');
mountPage(App, { withKnowledge: true });
