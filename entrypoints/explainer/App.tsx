import { ExplainerView } from '@/components/explainer/ExplainerView';
import type { FirstLookup } from '@/components/explainer/useExplainerRoute';
import { useSettings, useTheme } from '@/components/useSettings';
import type { AllSettings } from '@/utils/settings';

/** The explainer in a tab: the whole text, with deep links, search and lookups. */
export interface AppProps {
  initialSettings?: AllSettings | null;
  /** The right-click lookup this tab was opened for, taken while the page loaded. */
  firstLookup?: FirstLookup | null;
}

export function App({ initialSettings = null, firstLookup = null }: AppProps) {
  const settings = useSettings(initialSettings);
  useTheme(settings);
  return <ExplainerView variant="page" settings={settings} firstLookup={firstLookup} />;
}
