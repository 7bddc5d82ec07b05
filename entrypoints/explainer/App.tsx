import { ExplainerView } from '@/components/explainer/ExplainerView';
import { useSettings, useTheme } from '@/components/useSettings';
import './App.css';

/** The explainer in a tab: the whole text, with deep links, search and lookups. */
export function App() {
  const settings = useSettings();
  useTheme(settings);
  return <ExplainerView variant="page" settings={settings} />;
}
