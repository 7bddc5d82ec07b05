import { ExplainerView } from '@/components/explainer/ExplainerView';
import { useSettings, useTheme } from '@/components/useSettings';
import './App.css';

/** The explainer beside the page: narrow, and it takes right-click lookups as they come. */
export function App() {
  const settings = useSettings();
  useTheme(settings);
  return <ExplainerView variant="panel" settings={settings} />;
}
