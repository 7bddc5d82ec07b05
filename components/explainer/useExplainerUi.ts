import * as english from '@/content/ui/explainer';
import { pageUi, useContent } from '../useContent';

/** The explainer's own strings (tab and side panel) in the page's language. */
export const useExplainerUi = () => pageUi(useContent(), 'explainer', english);
