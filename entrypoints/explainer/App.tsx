import { ExplainerView } from '@/components/explainer/ExplainerView';
import { useSettings, useTheme } from '@/components/useSettings';
import type { AllSettings } from '@/utils/settings';

/** The explainer in a tab: the whole text, with deep links, search and lookups. */
export function App({ initialSettings = null }: { initialSettings?: AllSettings | null }) {
  const settings = useSettings(initialSettings);
  useTheme(settings);
  return <ExplainerView variant="page" settings={settings} />;
}
