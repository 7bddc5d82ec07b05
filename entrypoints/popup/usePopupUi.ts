import * as english from '@/content/ui/popup';
import type { Content } from '@/content/i18n/content';
import { pageUi, useContent } from '@/components/useContent';

/** The popup's own strings in a content's language. */
export const popupUi = (content: Content) => pageUi(content, 'popup', english);
/** The popup's own strings in the page's language. */
export const usePopupUi = () => popupUi(useContent());
