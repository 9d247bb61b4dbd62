import { useCallback, useEffect, useRef, useState } from 'react';
import type { Bridge } from '../../../shared/ipc/bridge';
import type { CommandId, CommandState } from '../../../shared/commands';
import type { Creator } from '../../../shared/model/annotation';
import type { Client } from '../ipc/client';
import { readFileForImport } from '../import/read-file';
import { useTrackedImport } from '../import/use-tracked-import';
import { isReaderKeyCommand, type KeyCommand } from '../keys/key-commands';
import type { ReaderSession } from '../reader/reader-session';
import { claimsFor } from '../claims/claims-controller';
import { messageOf } from '../ui/message-of';
import { useDroppedFiles } from './use-dropped-files';
import { useGlobalKeys } from './use-global-keys';
import { CommandPalette } from '../commands/CommandPalette';
import { undoWhereFocused, pasteIntoFocusedField, runSelectionCommand } from '../commands/edit-commands';
import { isTextField } from '../keys/focus-kind';
import { detectHost, detectPlatform, showsMenuBar } from '../commands/host-info';
import { MenuBar } from '../commands/MenuBar';
import { useBrowserKeyGuard } from '../keys/use-browser-key-guard';
import { useReviewMode } from '../review/use-review-mode';
import { ExportDialog } from '../export/ExportDialog';
import { SettingsDialog } from '../settings/SettingsDialog';
import { DropOverlay } from './DropOverlay';
import { ErrorMessage } from '../ui/ErrorMessage';
import { HelpDialog } from './HelpDialog';
import { ImportStatus } from './ImportStatus';
import { LibraryView } from './LibraryView';
import { PasteDialog } from './PasteDialog';
import { prepareImport } from '../import/prepare-import';
import { ReaderView } from './ReaderView';
import { importWithVersionCheck } from '../versions/import-with-version-check';
import { useVersionChoice } from '../versions/use-version-choice';
import { StoreBanner } from './StoreBanner';
import { useStoreMessages } from './use-store-messages';

/** Focuses the note field of an annotation's card once the sidebar has rendered it. */
function focusNote(id: string | null): void {
  if (!id) return;
  requestAnimationFrame(() =>
    document
      .querySelector<HTMLTextAreaElement>(`[data-testid="annotation-card"][data-annotation-id="${CSS.escape(id)}"] textarea`)
      ?.focus(),
  );
}

type Route = { kind: 'library' } | { kind: 'reader'; documentId: string; openedAt: number };

const FALLBACK_CREATOR: Creator = { id: 'analyst', name: 'Analyst' };

/**
 * The application shell: routes between library and reader, owns the import routes (file
 * picker, drop anywhere, paste), dialogs, the error message and the store-messages banner, and
 * runs the command registry's commands — from keys, the native menu, the in-app menu bar and the
 * palette alike — against the open reader.
 */
export function App({ bridge, client }: { bridge: Bridge; client: Client }) {
  const [route, setRoute] = useState<Route>({ kind: 'library' });
  const [creator, setCreator] = useState<Creator | null>(null);
  const [error, setError] = useState<string | null>(null);
  const storeMessages = useStoreMessages(client, bridge, setError);
  const [dialog, setDialog] = useState<'paste' | 'help' | 'export' | 'settings' | 'palette' | null>(null);
  const [platform] = useState(() => detectPlatform());
  const [host] = useState(() => detectHost());
  const imports = useTrackedImport(client);
  const [libraryVersion, setLibraryVersion] = useState(0);
  const [sidebarOpen, setSidebarOpen] = useState(true);
  const review = useReviewMode(client, route.kind === 'reader' ? route.documentId : null, setCreator, setError);
  const session = useRef<ReaderSession | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const versionChoice = useVersionChoice();
  const versionCount = useRef(0);
  const [paletteState, setPaletteState] = useState<CommandState | null>(null);
  const paletteChoice = useRef<CommandId | null>(null);

  useEffect(() => {
    client['settings:get']({}).then(
      (settings) => setCreator(settings.analyst),
      (e: unknown) => (setCreator(FALLBACK_CREATOR), setError(messageOf(e))),
    );
  }, [client]);

  const openDocument = useCallback((documentId: string) => {
    setRoute({ kind: 'reader', documentId, openedAt: performance.now() });
  }, []);

  const setSession = useCallback((s: ReaderSession | null) => {
    session.current = s;
  }, []);

  const setVersionCount = useCallback((count: number) => {
    versionCount.current = count;
  }, []);

  const showLibrary = useCallback(() => {
    setRoute({ kind: 'library' });
    setLibraryVersion((v) => v + 1);
  }, []);

  const runImport = imports.run;
  const importWith = useCallback(
    async (label: string, run: (importId: string) => Promise<{ id: string }>) => {
      try {
        const summary = await runImport(label, run);
        // null: the analyst cancelled, and main stored nothing.
        if (summary === null) return;
        setError(null);
        setLibraryVersion((v) => v + 1);
        openDocument(summary.id);
      } catch (e) {
        setError(messageOf(e));
      }
    },
    [openDocument, runImport],
  );

  const importFile = useCallback(
    (file: File) =>
      importWith(`Importing ${file.name}…`, async (importId) =>
        importWithVersionCheck(client, { ...(await readFileForImport(file)), importId }, versionChoice.ask),
      ),
    [client, importWith, versionChoice.ask],
  );

  const reviewOn = review.reader.on;
  const commandState = useCallback(
    (focus: Element | null): CommandState => {
      const annotations = session.current?.store.getSnapshot();
      return {
        articleOpen: session.current !== null,
        canUndo: annotations?.canUndo ?? false,
        canRedo: annotations?.canRedo ?? false,
        editingText: isTextField(focus) && !focus.hasAttribute('data-note-field'),
        reviewOn,
        versionCount: versionCount.current,
      };
    },
    [reviewOn],
  );

  const showPanel = (panel: 'claims' | 'suggestions') => {
    setSidebarOpen(true);
    if (session.current) claimsFor(session.current, client).togglePanel(panel);
  };
  const quit = async () => {
    await session.current?.flush();
    window.close();
    // A browser window the page did not open itself may refuse to close.
    if (!window.closed) setError('Your work is saved; close the window to quit.');
  };
  // Every command of the registry; `satisfies` makes a command without a handler a compile error.
  const commands = useRef<Record<CommandId, () => void>>(null!);
  commands.current = {
    'open-file': () => fileInput.current?.click(),
    'paste-text': () => setDialog('paste'),
    // The open article's versions bar owns the file input; in the library there is none, so nothing happens.
    'import-version': () => document.querySelector<HTMLInputElement>('[data-testid="version-file-input"]')?.click(),
    'import-colleague': review.importColleague,
    'export-document': () => (session.current ? setDialog('export') : setError('Open an article to export it.')),
    'show-library': showLibrary,
    quit: () => void quit(),
    undo: () => undoWhereFocused('undo', () => session.current?.undo()),
    redo: () => undoWhereFocused('redo', () => session.current?.redo()),
    cut: () => runSelectionCommand('cut'),
    copy: () => runSelectionCommand('copy'),
    'select-all': () => runSelectionCommand('select-all'),
    paste: () =>
      void pasteIntoFocusedField().then(
        (pasted) => pasted || setError(`Click into a field and press ${platform === 'mac' ? '⌘V' : 'Ctrl+V'} to paste.`),
      ),
    'show-settings': () => setDialog('settings'),
    'toggle-sidebar': () => setSidebarOpen((open) => !open),
    'show-claims': () => showPanel('claims'),
    'show-suggestions': () => showPanel('suggestions'),
    // The versions bar owns the comparison, as it owns the version file input.
    'compare-versions': () => document.querySelector<HTMLButtonElement>('[data-testid="compare-versions"]')?.click(),
    'show-palette': () => {
      setPaletteState(commandState(document.activeElement));
      setDialog('palette');
    },
    'toggle-review': () => session.current && review.toggle(),
    'next-disagreement': () => review.step(1),
    'previous-disagreement': () => review.step(-1),
    'show-help': () => setDialog('help'),
  } satisfies Record<CommandId, () => void>;
  const runRegistered = useCallback((id: CommandId) => commands.current[id](), []);

  const runCommand = useCallback(
    (command: KeyCommand, startedAt: number) => {
      if (!isReaderKeyCommand(command)) return runRegistered(command.type);
      const reader = session.current;
      switch (command.type) {
        case 'toggle-tag':
          return reader && claimsFor(reader, client).toggleTag(command.tag, startedAt);
        case 'change-tag':
          return reader && claimsFor(reader, client).changeTag(command.tag, startedAt);
        case 'remove-tags':
          return reader && claimsFor(reader, client).removeSelectedTags();
        case 'move-cursor':
          return reader?.moveCursor(command.delta, command.extend);
        case 'clear-selection':
          return reader?.clearSelection();
        case 'edit-note':
          return focusNote(reader?.noteTarget() ?? null);
        case 'leave-note':
          return reader?.focusArticle();
        case 'edit-claim':
          return reader && claimsFor(reader, client).openDetails();
        case 'link-claim':
          return reader && claimsFor(reader, client).openLinkPicker();
        case 'accept-suggestion':
          return reader && claimsFor(reader, client).acceptSuggestion();
        case 'dismiss-suggestion':
          return reader && claimsFor(reader, client).dismissSuggestion();
        case 'step-disagreement':
          return review.step(command.delta);
      }
    },
    [client, review.step, runRegistered],
  );

  useBrowserKeyGuard(platform, host);
  useGlobalKeys(dialog === null, platform, runCommand);
  const dragging = useDroppedFiles(
    (file) => void importFile(file),
    () => prepareImport(client),
  );

  useEffect(() => {
    if (dialog === 'paste') prepareImport(client);
  }, [dialog, client]);

  useEffect(
    () =>
      bridge.onCommand((command) => {
        if (command === 'colleague-layers-changed') return review.colleaguesChanged();
        if (command === 'library-changed') return setLibraryVersion((v) => v + 1);
        if (command === 'store-messages-changed') return;
        runRegistered(command);
      }),
    [bridge, review.colleaguesChanged, runRegistered],
  );

  useEffect(() => {
    // A palette choice runs once the palette has closed and focus is back where it was, so undo finds the field.
    const chosen = paletteChoice.current;
    if (dialog !== null || !chosen) return;
    paletteChoice.current = null;
    runRegistered(chosen);
  }, [dialog, runRegistered]);

  useEffect(() => {
    // The reader's selection is the app's own, not the browser's, so Ctrl+C needs telling.
    const copy = (event: ClipboardEvent) => {
      const text = session.current?.selectedText();
      const target = event.target;
      if (!text || (target instanceof HTMLElement && target.matches('textarea, input'))) return;
      if (document.getSelection()?.toString()) return;
      event.clipboardData?.setData('text/plain', text);
      event.preventDefault();
    };
    document.addEventListener('copy', copy);
    return () => document.removeEventListener('copy', copy);
  }, []);

  useEffect(() => {
    // A last save attempt; the request leaves before the page goes, main finishes writing it.
    const flush = () => void session.current?.flush();
    window.addEventListener('beforeunload', flush);
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('beforeunload', flush);
      window.removeEventListener('pagehide', flush);
    };
  }, []);

  return (
    <div className="app">
      {showsMenuBar(host, platform) && <MenuBar platform={platform} stateFor={commandState} onRun={runRegistered} />}
      <input
        ref={fileInput}
        type="file"
        hidden
        data-testid="file-input"
        accept=".txt,.text,.md,.html,.htm,.pdf,.docx,text/plain,text/html,application/pdf"
        // Every way to the file chooser clicks this input: the worker starts before the chooser opens.
        onClick={() => prepareImport(client)}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) void importFile(file);
        }}
      />
      {storeMessages.messages.length > 0 && <StoreBanner messages={storeMessages.messages} onDismiss={storeMessages.dismiss} />}
      {error && <ErrorMessage message={error} onDismiss={() => setError(null)} />}
      {/* While the analyst answers the version question the import waits on them, not on main: its Cancel would compete with the dialog's. */}
      {imports.current && !versionChoice.dialog && <ImportStatus tracked={imports.current} onCancel={imports.cancel} />}
      {route.kind === 'library' ? (
        <LibraryView
          client={client}
          version={libraryVersion}
          onOpen={openDocument}
          onOpenFile={() => fileInput.current?.click()}
          onPaste={() => setDialog('paste')}
          onHelp={() => setDialog('help')}
          onError={setError}
        />
      ) : (
        <ReaderView
          key={route.documentId}
          client={client}
          documentId={route.documentId}
          openedAt={route.openedAt}
          creator={creator}
          sidebarOpen={sidebarOpen}
          review={review.reader}
          onToggleSidebar={() => setSidebarOpen((open) => !open)}
          onSession={setSession}
          onVersionCount={setVersionCount}
          onBack={showLibrary}
          onHelp={() => setDialog('help')}
          onError={setError}
        />
      )}
      {dragging && <DropOverlay />}
      {review.elements}
      {versionChoice.dialog}
      {dialog === 'help' && <HelpDialog platform={platform} onClose={() => setDialog(null)} />}
      {dialog === 'palette' && paletteState && (
        <CommandPalette
          platform={platform}
          state={paletteState}
          onClose={() => setDialog(null)}
          onRun={(id) => {
            paletteChoice.current = id;
            setDialog(null);
          }}
        />
      )}
      {dialog === 'settings' && (
        <SettingsDialog
          client={client}
          onClose={() => setDialog(null)}
          onSaved={(settings) => {
            setCreator(settings.analyst);
            if (session.current) claimsFor(session.current, client).applySettings(settings);
          }}
        />
      )}
      {dialog === 'export' && route.kind === 'reader' && (
        <ExportDialog
          client={client}
          documentId={route.documentId}
          filter={session.current?.tagFilter() ?? null}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'paste' && (
        <PasteDialog
          onClose={() => setDialog(null)}
          onSubmit={(text, title, html) => {
            setDialog(null);
            void importWith(
              html === undefined ? 'Importing pasted text…' : 'Importing pasted web page…',
              html === undefined
                ? () => client['document:importText'](title ? { text, title } : { text })
                : (importId) => client['document:importHtml']({ html, importId, ...(title && { title }) }),
            );
          }}
        />
      )}
    </div>
  );
}
