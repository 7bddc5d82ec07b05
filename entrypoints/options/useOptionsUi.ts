import * as english from '@/content/ui/options';
import type { Content } from '@/content/i18n/content';
import { pageUi, useContent } from '@/components/useContent';

/** The options page's own strings in a content's language. */
export const optionsUi = (content: Content) => pageUi(content, 'options', english);
/** The options page's own strings in the page's language. */
export const useOptionsUi = () => optionsUi(useContent());
