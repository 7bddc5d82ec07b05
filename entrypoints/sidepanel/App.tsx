import { ExplainerView } from '@/components/explainer/ExplainerView';
import { useSettings, useTheme } from '@/components/useSettings';
import type { AllSettings } from '@/utils/settings';

/** The explainer beside the page: narrow, and it takes right-click lookups as they come. */
export function App({ initialSettings = null }: { initialSettings?: AllSettings | null }) {
  const settings = useSettings(initialSettings);
  useTheme(settings);
  return <ExplainerView variant="panel" settings={settings} />;
}
