import '@/components/base.css';
import { mountPage } from '@/components/useContent';
import { listenForQuickExit } from '@/utils/quick-exit';
import { App } from './App';

listenForQuickExit('popup');
mountPage(App);
