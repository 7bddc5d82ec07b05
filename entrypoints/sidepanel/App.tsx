import { ExplainerView } from '@/components/explainer/ExplainerView';
import { ExplainPage } from '@/components/ExplainPage';
import { EXPLAINER_PAGE, explainerPath } from '@/content/links';
import { useSettings, useTheme } from '@/components/useSettings';
import type { AllSettings } from '@/utils/settings';

/** The explainer beside the page: narrow, and it takes right-click lookups as they come. */
export function App({ initialSettings = null }: { initialSettings?: AllSettings | null }) {
  const settings = useSettings(initialSettings);
  useTheme(settings);
  return (
    <ExplainerView
      variant="panel"
      settings={settings}
      // The panel routes by its hash: a link to a section or the search opens it right here.
      tools={
        <ExplainPage
          region={settings?.region ?? null}
          linkTo={(route) => ({ href: explainerPath(route).replace(EXPLAINER_PAGE, '') || '#' })}
        />
      }
    />
  );
}
