import type { CommandId, Platform } from '../../../shared/commands';
import { pasteIntoFocusedField, runSelectionCommand, undoWhereFocused } from '../commands/edit-commands';
import { requestSearch } from '../search/search-requests';
import { requestSimilar } from '../similar/similar-requests';
import { requestSyncNow } from '../sync/sync-requests';
import type { OpenReader } from './open-reader';

/** The app dialogs a command opens. */
export type AppDialog = 'paste' | 'help' | 'export' | 'settings' | 'palette';

/** What the registry's commands act on: the app's dialogs, routes and panels, and the open article. */
export interface AppCommandContext {
  readonly platform: Platform;
  readonly reader: () => OpenReader | null;
  readonly openDialog: (dialog: AppDialog) => void;
  readonly openPalette: () => void;
  readonly openFile: () => void;
  readonly showLibrary: () => void;
  readonly toggleSidebar: () => void;
  readonly showSidebar: () => void;
  readonly importColleague: () => void;
  readonly toggleReview: () => void;
  readonly stepDisagreement: (delta: 1 | -1) => void;
  readonly setError: (message: string) => void;
  /** Steps the reading text's size up, down, or (0) back to the default. */
  readonly zoomText: (step: 1 | -1 | 0) => void;
}

/** Saves the open article, then closes the window; a window the page did not open itself may refuse. */
async function quit(app: AppCommandContext): Promise<void> {
  await app.reader()?.session.flush();
  window.close();
  if (!window.closed) app.setError('Your work is saved; close the window to quit.');
}

/**
 * Every command of the registry, run the same from keys, the native menu, the in-app menu bar
 * and the palette; `satisfies` makes a command without a handler a compile error.
 */
export function registryCommands(app: AppCommandContext): Record<CommandId, () => void> {
  const showPanel = (panel: 'claims' | 'suggestions') => {
    app.showSidebar();
    app.reader()?.claims.togglePanel(panel);
  };
  return {
    'open-file': app.openFile,
    'paste-text': () => app.openDialog('paste'),
    'zoom-in': () => app.zoomText(1),
    'zoom-out': () => app.zoomText(-1),
    'zoom-reset': () => app.zoomText(0),
    // The open article's versions bar owns the file input; in the library there is none, so nothing happens.
    'import-version': () => document.querySelector<HTMLInputElement>('[data-testid="version-file-input"]')?.click(),
    // The versions bar shows the button only for an article with a web address.
    'check-for-changes': () => {
      const button = document.querySelector<HTMLButtonElement>('[data-testid="check-for-changes"]');
      if (button) button.click();
      else if (app.reader()) app.setError('This article has no web address to check: it was not imported from a web page that gave one.');
    },
    'import-colleague': app.importColleague,
    'import-fact-checks': () => requestSimilar('import-fact-checks'),
    'export-document': () => (app.reader() ? app.openDialog('export') : app.setError('Open an article to export it.')),
    'show-library': app.showLibrary,
    quit: () => void quit(app),
    undo: () => undoWhereFocused('undo', () => app.reader()?.session.undo()),
    redo: () => undoWhereFocused('redo', () => app.reader()?.session.redo()),
    cut: () => runSelectionCommand('cut'),
    copy: () => runSelectionCommand('copy'),
    'select-all': () => runSelectionCommand('select-all'),
    paste: () =>
      void pasteIntoFocusedField().then(
        (pasted) => pasted || app.setError(`Click into a field and press ${app.platform === 'mac' ? '⌘V' : 'Ctrl+V'} to paste.`),
      ),
    // In the library Ctrl+F searches the library, so the analyst meets the app's search wherever they press it.
    'find-in-article': () => requestSearch(app.reader() ? 'find-in-article' : 'search-library'),
    'search-library': () => requestSearch('search-library'),
    'link-same-claim': () => requestSimilar('link-same-claim'),
    'show-settings': () => app.openDialog('settings'),
    'sync-now': requestSyncNow,
    'toggle-sidebar': app.toggleSidebar,
    'show-claims': () => showPanel('claims'),
    'show-suggestions': () => showPanel('suggestions'),
    // The versions bar owns the comparison, as it owns the version file input.
    'compare-versions': () => document.querySelector<HTMLButtonElement>('[data-testid="compare-versions"]')?.click(),
    'show-palette': app.openPalette,
    'toggle-review': () => app.reader() && app.toggleReview(),
    'next-disagreement': () => app.stepDisagreement(1),
    'previous-disagreement': () => app.stepDisagreement(-1),
    'show-help': () => app.openDialog('help'),
  } satisfies Record<CommandId, () => void>;
}
