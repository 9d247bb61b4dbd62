import type { CommandId, CommandState, Platform } from '../../../shared/commands';
import type { Tag } from '../../../shared/model/annotation';
import type { Settings } from '../../../shared/model/settings';
import { CommandPalette } from '../commands/CommandPalette';
import { ExportDialog } from '../export/ExportDialog';
import type { Client } from '../ipc/client';
import { SettingsDialog } from '../settings/SettingsDialog';
import { HelpDialog } from './HelpDialog';
import { PasteDialog } from './PasteDialog';
import type { AppDialog } from './registry-commands';

interface AppDialogsProps {
  dialog: AppDialog | null;
  client: Client;
  platform: Platform;
  /** The command state the palette was opened in. */
  paletteState: CommandState | null;
  /** The open article and its sidebar filter, which export offers as "Current filter"; null in the library. */
  exporting: { documentId: string; filter: () => Tag[] | null } | null;
  onClose: () => void;
  /** A palette choice, run once the palette has closed. */
  onPaletteChoice: (id: CommandId) => void;
  onSettingsSaved: (settings: Settings) => void;
  /** Pasted text or a web page (`html`) to import, the dialog already closed. */
  onPaste: (text: string, title: string, html?: string) => void;
}

/** Whichever app dialog is open: help, the command palette, settings, export or paste. */
export function AppDialogs({
  dialog,
  client,
  platform,
  paletteState,
  exporting,
  onClose,
  onPaletteChoice,
  onSettingsSaved,
  onPaste,
}: AppDialogsProps) {
  switch (dialog) {
    case 'help':
      return <HelpDialog platform={platform} onClose={onClose} />;
    case 'palette':
      return paletteState && <CommandPalette platform={platform} state={paletteState} onClose={onClose} onRun={onPaletteChoice} />;
    case 'settings':
      return <SettingsDialog client={client} onClose={onClose} onSaved={onSettingsSaved} />;
    case 'export':
      return exporting && <ExportDialog client={client} documentId={exporting.documentId} filter={exporting.filter()} onClose={onClose} />;
    case 'paste':
      return <PasteDialog onClose={onClose} onSubmit={onPaste} />;
    case null:
      return null;
  }
}
