import { useSyncExternalStore, type ReactNode } from 'react';
import type { ClaimsController, ClaimsPanel } from './claims-controller';
import { ClaimsDialogs } from './ClaimsDialogs';
import { ClaimsTable } from './ClaimsTable';
import { SimilarDock } from '../similar/SimilarDock';
import { SuggestionsPanel } from './SuggestionsPanel';
import type { SuggestionsController } from './suggestions-controller';
import './claims.css';

const TABS: readonly { panel: ClaimsPanel; label: string; key: string }[] = [
  { panel: 'annotations', label: 'Annotations', key: '' },
  { panel: 'claims', label: 'Claims', key: 'T' },
  { panel: 'suggestions', label: 'Suggestions', key: 'S' },
];

/**
 * The reader's side panel with its three views — the annotations sidebar (`annotations`), the
 * claims table and the suggestions — behind tabs, plus the fact-checking dialogs.
 */
export function ClaimsPanels({
  controller,
  suggestions,
  annotations,
  open,
}: {
  controller: ClaimsController;
  suggestions: SuggestionsController;
  annotations: ReactNode;
  open: boolean;
}) {
  const { panel } = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  return (
    <>
      {open && (
        <div className={`side-panel side-panel-${panel}`} data-testid="side-panel" data-panel={panel}>
          <div className="panel-tabs" role="tablist" aria-label="Side panel">
            {TABS.map((t) => (
              <button
                key={t.panel}
                type="button"
                role="tab"
                className="panel-tab"
                data-testid={`panel-tab-${t.panel}`}
                aria-selected={panel === t.panel}
                onClick={() => controller.showPanel(t.panel)}
              >
                {t.label} {t.key && <kbd>{t.key}</kbd>}
              </button>
            ))}
          </div>
          {panel === 'annotations' && annotations}
          {panel === 'claims' && <ClaimsTable controller={controller} />}
          {panel === 'suggestions' && <SuggestionsPanel controller={suggestions} session={controller.session} />}
          <SimilarDock session={controller.session} />
        </div>
      )}
      <ClaimsDialogs controller={controller} />
    </>
  );
}
