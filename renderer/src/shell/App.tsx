import { useCallback, useEffect, useRef, useState } from 'react';
import type { Bridge } from '../../../shared/ipc/bridge';
import type { CommandId, CommandState } from '../../../shared/commands';
import type { Creator } from '../../../shared/model/annotation';
import type { Client } from '../ipc/client';
import { messageOf } from '../ui/message-of';
import { useDroppedFiles } from './use-dropped-files';
import { useImports } from './use-imports';
import { useGlobalKeys } from '../keys/key-commands';
import type { OpenReader } from './open-reader';
import { registryCommands, type AppDialog } from './registry-commands';
import { usePageEvents } from './use-page-events';
import { isTextField } from '../keys/focus-kind';
import { detectHost, detectPlatform, showsMenuBar } from '../commands/host-info';
import { MenuBar } from '../commands/MenuBar';
import { useBrowserKeyGuard } from '../keys/use-browser-key-guard';
import { useReviewMode } from '../review/use-review-mode';
import { AppDialogs } from './AppDialogs';
import { DropOverlay } from './DropOverlay';
import { ErrorMessage } from '../ui/ErrorMessage';
import { ImportStatus } from './ImportStatus';
import { LibraryView } from '../library/LibraryView';
import { reopenLastArticle, trackReadingPlace } from '../library/reading-place';
import { loadReaderPreferences, zoomReadingText } from '../settings/reader-preferences';
import { prepareImport } from '../import/prepare-import';
import { ReaderView } from './ReaderView';
import { useVersionChoice } from '../versions/use-version-choice';
import { StoreBanner } from './StoreBanner';
import { SyncStatus } from '../sync/SyncStatus';
import { useStoreMessages } from './use-store-messages';
import { LibrarySearch } from '../search/LibrarySearch';
import { FactCheckImport } from '../similar/FactCheckImport';

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
  const [dialog, setDialog] = useState<AppDialog | null>(null);
  const [platform] = useState(() => detectPlatform());
  const [host] = useState(() => detectHost());
  const [libraryVersion, setLibraryVersion] = useState(0);
  const [sidebarOpen, setSidebarOpen] = useState(true);
  const review = useReviewMode(client, route.kind === 'reader' ? route.documentId : null, setCreator, setError);
  const reader = useRef<OpenReader | null>(null);
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

  const openDocument = useCallback(
    (documentId: string) => {
      setRoute({ kind: 'reader', documentId, openedAt: performance.now() });
      client['library:opened']({ documentId }).catch(() => {});
    },
    [client],
  );

  const stopTrackingPlace = useRef<(() => void) | null>(null);
  const setReader = useCallback(
    (r: OpenReader | null) => {
      reader.current = r;
      stopTrackingPlace.current?.();
      stopTrackingPlace.current = r && trackReadingPlace(client, r.session);
    },
    [client],
  );

  useEffect(() => {
    loadReaderPreferences(client).catch((e: unknown) => setError(messageOf(e)));
  }, [client]);

  useEffect(() => {
    reopenLastArticle(client, openDocument).catch((e: unknown) => setError(messageOf(e)));
  }, [client, openDocument]);

  const setVersionCount = useCallback((count: number) => {
    versionCount.current = count;
  }, []);

  const showLibrary = useCallback(() => {
    setRoute({ kind: 'library' });
    setLibraryVersion((v) => v + 1);
  }, []);

  const opened = useCallback(
    (documentId: string) => {
      setLibraryVersion((v) => v + 1);
      openDocument(documentId);
    },
    [openDocument],
  );
  const imports = useImports(client, versionChoice.ask, opened, setError);
  const importFile = imports.importFile;

  const reviewOn = review.reader.on;
  const commandState = useCallback(
    (focus: Element | null): CommandState => {
      const annotations = reader.current?.session.annotations.getSnapshot();
      return {
        articleOpen: reader.current !== null,
        canUndo: annotations?.canUndo ?? false,
        canRedo: annotations?.canRedo ?? false,
        editingText: isTextField(focus) && !focus.hasAttribute('data-note-field'),
        reviewOn,
        versionCount: versionCount.current,
      };
    },
    [reviewOn],
  );

  const commands = useRef<Record<CommandId, () => void>>(null!);
  commands.current = registryCommands({
    platform,
    reader: () => reader.current,
    openDialog: setDialog,
    openPalette: () => {
      setPaletteState(commandState(document.activeElement));
      setDialog('palette');
    },
    openFile: () => fileInput.current?.click(),
    showLibrary,
    toggleSidebar: () => setSidebarOpen((open) => !open),
    showSidebar: () => setSidebarOpen(true),
    importColleague: review.importColleague,
    toggleReview: review.toggle,
    stepDisagreement: review.step,
    setError,
    zoomText: (step) => void zoomReadingText(client, step).catch((e: unknown) => setError(messageOf(e))),
  });
  const runRegistered = useCallback((id: CommandId) => commands.current[id](), []);

  useBrowserKeyGuard(platform, host);
  useGlobalKeys(dialog === null, platform, { reader, runRegistered, stepDisagreement: review.step });
  usePageEvents(reader);
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
      <SyncStatus client={client} />
      {error && <ErrorMessage message={error} onDismiss={() => setError(null)} />}
      {/* While the analyst answers the version question the import waits on them, not on main: its Cancel would compete with the dialog's. */}
      {imports.tracked.current && !versionChoice.dialog && (
        <ImportStatus tracked={imports.tracked.current} onCancel={imports.tracked.cancel} />
      )}
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
          onReader={setReader}
          onVersionCount={setVersionCount}
          onBack={showLibrary}
          onHelp={() => setDialog('help')}
          onError={setError}
        />
      )}
      <LibrarySearch client={client} onOpen={openDocument} />
      <FactCheckImport client={client} />
      {dragging && <DropOverlay />}
      {review.elements}
      {versionChoice.dialog}
      <AppDialogs
        dialog={dialog}
        client={client}
        platform={platform}
        paletteState={paletteState}
        exporting={
          route.kind === 'reader' ? { documentId: route.documentId, filter: () => reader.current?.session.tagFilter() ?? null } : null
        }
        onClose={() => setDialog(null)}
        onPaletteChoice={(id) => {
          paletteChoice.current = id;
          setDialog(null);
        }}
        onSettingsSaved={(settings) => {
          setCreator(settings.analyst);
          reader.current?.claims.applySettings(settings);
        }}
        onPaste={(text, title, html) => {
          setDialog(null);
          void imports.importPasted(text, title, html);
        }}
      />
    </div>
  );
}
