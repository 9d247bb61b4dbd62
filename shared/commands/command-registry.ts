import type { AppCommand } from '../ipc/channels';
import { matchesAccelerator, normalizeAccelerator, type KeyPress, type Platform } from './accelerator';
import type { Condition } from './command-condition';

/** The menus, in menu-bar order, of both the Electron menu and the in-app menu bar. */
export const MENU_NAMES = ['File', 'Edit', 'View', 'Review', 'Help'] as const;
export type MenuName = (typeof MENU_NAMES)[number];

/** Edit and quit commands the operating system performs (Electron menu roles); the page has its own way to run each. */
export type NativeRole = 'cut' | 'copy' | 'paste' | 'selectAll' | 'quit';

/** Commands the Electron menu sends to the renderer: every app command except main's notifications. */
export type SentCommandId = Exclude<AppCommand, 'colleague-layers-changed' | 'library-changed' | 'store-messages-changed'>;

/** Commands with a native role. */
export type NativeCommandId = 'cut' | 'copy' | 'paste' | 'select-all' | 'quit';

/** Every command the app has. */
export type CommandId = SentCommandId | NativeCommandId;

/** One command: where it sits, how it is called and shown, and when it can run. */
export type Command = CommandDetails &
  (
    | { id: SentCommandId; role?: undefined }
    /** Native commands: the Electron menu uses this role; the page acts on the focused field itself. */
    | { id: NativeCommandId; role: NativeRole }
  );

type CommandDetails = {
  /** Menu label; `&` marks the mnemonic (Electron's syntax; macOS ignores it). */
  label: string;
  /** Windows names some commands differently ("Exit" for quit). */
  windowsLabel?: string;
  /** What it does, in the words the help and the palette use. */
  description: string;
  menu: MenuName;
  /** Commands of one group sit together; a separator parts groups. */
  group: number;
  /** Electron accelerator syntax; registered with the menu and handled by the renderer. */
  accelerator?: string;
  /** macOS's own accelerator, where its convention differs. */
  macAccelerator?: string;
  /** More accelerators the renderer handles (shown in the help, not in menus: a menu item takes one). */
  otherAccelerators?: readonly string[];
  /**
   * A key without modifiers that the reader handles only while focus is not in a field. Shown
   * beside the menu item but never registered with a menu, which would take it from text fields.
   */
  readerKey?: string;
  enabledWhen: Condition;
  /**
   * The accelerator has no meaning while typing, so it runs from a text field too (Ctrl+E, Ctrl+,),
   * as the Electron menu's accelerator would. Left out where a field has its own: Ctrl+Shift+V
   * pastes plain text, Ctrl+B is bold in rich text, undo and redo are the field's.
   */
  worksInFields?: true;
};

/** Every command, in menu order. The one list the menus, the palette, the keys and the help come from. */
export const COMMANDS: readonly Command[] = [
  {
    id: 'open-file',
    label: '&Open…',
    description: 'Open a file as a new article (or drop one anywhere)',
    menu: 'File',
    group: 0,
    accelerator: 'CmdOrCtrl+O',
    enabledWhen: 'always',
    worksInFields: true,
  },
  {
    id: 'paste-text',
    label: '&Paste as New Article',
    description: 'Paste text or a copied web page as a new article',
    menu: 'File',
    group: 0,
    accelerator: 'CmdOrCtrl+Shift+V',
    enabledWhen: 'always',
  },
  {
    id: 'import-version',
    label: 'Import New &Version…',
    description: 'Import a newer copy of the open article as its next version',
    menu: 'File',
    group: 1,
    enabledWhen: 'article-open',
  },
  {
    id: 'check-for-changes',
    label: 'Check for C&hanges',
    description: 'Fetch the open article’s web page again; a changed text becomes its next version',
    menu: 'File',
    group: 1,
    enabledWhen: 'article-open',
  },
  {
    id: 'import-colleague',
    label: 'Import &Colleague’s Annotations…',
    description: 'Add a colleague’s annotations file or W3C export to the open article',
    menu: 'File',
    group: 1,
    enabledWhen: 'article-open',
  },
  {
    id: 'import-fact-checks',
    label: 'Import &Fact-Checks…',
    description: 'Bring published fact-checks (ClaimReview JSON-LD, a saved page, a Fact Check Tools response) into claim memory',
    menu: 'File',
    group: 1,
    enabledWhen: 'always',
  },
  {
    id: 'export-document',
    label: '&Export…',
    description: 'Export the open article’s annotations: HTML, PDF, Markdown, CSV, W3C, ClaimReview',
    menu: 'File',
    group: 2,
    accelerator: 'CmdOrCtrl+E',
    enabledWhen: 'article-open',
    worksInFields: true,
  },
  {
    id: 'sync-now',
    label: '&Sync Now',
    description: 'Sync the casebook with its git remote now (Settings › Team connects it)',
    menu: 'File',
    group: 2,
    accelerator: 'CmdOrCtrl+Shift+S',
    enabledWhen: 'always',
    worksInFields: true,
  },
  {
    id: 'show-library',
    label: 'Back to &Library',
    description: 'Close the article and go back to the library',
    menu: 'File',
    group: 3,
    accelerator: 'CmdOrCtrl+L',
    otherAccelerators: ['Alt+Left'],
    enabledWhen: 'article-open',
    worksInFields: true,
  },
  {
    id: 'quit',
    label: '&Quit Factmark',
    windowsLabel: 'E&xit',
    description: 'Save everything and close Factmark',
    menu: 'File',
    group: 4,
    accelerator: 'CmdOrCtrl+Q',
    enabledWhen: 'always',
    role: 'quit',
  },

  {
    id: 'undo',
    label: '&Undo',
    description: 'In a field, its text; elsewhere, the last change to tags and notes',
    menu: 'Edit',
    group: 0,
    accelerator: 'CmdOrCtrl+Z',
    enabledWhen: 'undo-available',
  },
  {
    id: 'redo',
    label: '&Redo',
    description: 'In a field, its text; elsewhere, tags and notes',
    menu: 'Edit',
    group: 0,
    accelerator: 'Ctrl+Y',
    macAccelerator: 'Cmd+Shift+Z',
    otherAccelerators: ['CmdOrCtrl+Shift+Z', 'CmdOrCtrl+Y'],
    enabledWhen: 'redo-available',
  },
  {
    id: 'cut',
    label: 'Cu&t',
    description: 'Cut the selected text in a field',
    menu: 'Edit',
    group: 1,
    accelerator: 'CmdOrCtrl+X',
    enabledWhen: 'always',
    role: 'cut',
  },
  {
    id: 'copy',
    label: '&Copy',
    description: 'Copy the selected text (in the reader: the selected sentences)',
    menu: 'Edit',
    group: 1,
    accelerator: 'CmdOrCtrl+C',
    enabledWhen: 'always',
    role: 'copy',
  },
  {
    id: 'paste',
    label: '&Paste',
    description: 'Paste into a field',
    menu: 'Edit',
    group: 1,
    accelerator: 'CmdOrCtrl+V',
    enabledWhen: 'always',
    role: 'paste',
  },
  {
    id: 'select-all',
    label: 'Select &All',
    description: 'Select all the text in a field',
    menu: 'Edit',
    group: 1,
    accelerator: 'CmdOrCtrl+A',
    enabledWhen: 'always',
    role: 'selectAll',
  },
  {
    id: 'find-in-article',
    label: '&Find in Article…',
    description: 'Find words in the open article’s text, notes, claims and sources (in the library: search the library)',
    menu: 'Edit',
    group: 2,
    accelerator: 'CmdOrCtrl+F',
    enabledWhen: 'article-open',
    worksInFields: true,
  },
  {
    id: 'search-library',
    label: 'Search &Library…',
    description: 'Search every article’s text, titles, notes, claims and verdicts',
    menu: 'Edit',
    group: 2,
    accelerator: 'CmdOrCtrl+Shift+F',
    enabledWhen: 'always',
    worksInFields: true,
  },
  {
    id: 'link-same-claim',
    label: 'Link as Sa&me Claim',
    description: 'Link the claim to the first similar claim beside it (another article’s, or a fact-check) as the same claim',
    menu: 'Edit',
    group: 2,
    accelerator: 'CmdOrCtrl+Shift+L',
    enabledWhen: 'article-open',
    worksInFields: true,
  },
  {
    id: 'show-settings',
    label: '&Settings…',
    description: 'Rating scales, organisation, your profile',
    menu: 'Edit',
    group: 3,
    accelerator: 'CmdOrCtrl+,',
    enabledWhen: 'always',
    worksInFields: true,
  },

  {
    id: 'toggle-sidebar',
    label: 'Toggle &Sidebar',
    description: 'Show or hide the annotations sidebar',
    menu: 'View',
    group: 0,
    accelerator: 'CmdOrCtrl+B',
    enabledWhen: 'article-open',
  },
  {
    id: 'show-claims',
    label: '&Claims Table',
    description: 'Show or hide the claims table',
    menu: 'View',
    group: 0,
    readerKey: 'T',
    enabledWhen: 'article-open',
  },
  {
    id: 'show-suggestions',
    label: 'Su&ggestions',
    description: 'Show or hide the suggested sentences',
    menu: 'View',
    group: 0,
    readerKey: 'S',
    enabledWhen: 'article-open',
  },
  {
    id: 'zoom-in',
    label: '&Larger Text',
    description: 'Make the reading text larger',
    menu: 'View',
    group: 3,
    accelerator: 'CmdOrCtrl+Plus',
    enabledWhen: 'always',
  },
  {
    id: 'zoom-out',
    label: 'S&maller Text',
    description: 'Make the reading text smaller',
    menu: 'View',
    group: 3,
    accelerator: 'CmdOrCtrl+-',
    enabledWhen: 'always',
  },
  {
    id: 'zoom-reset',
    label: '&Actual Text Size',
    description: 'Put the reading text back to its usual size',
    menu: 'View',
    group: 3,
    accelerator: 'CmdOrCtrl+0',
    enabledWhen: 'always',
  },
  {
    id: 'compare-versions',
    label: 'Compare &Versions',
    description: 'Show what changed between two versions of the article',
    menu: 'View',
    group: 1,
    enabledWhen: 'versions-to-compare',
  },
  {
    id: 'show-palette',
    label: 'Command &Palette…',
    description: 'Find and run any command by name',
    menu: 'View',
    group: 2,
    accelerator: 'CmdOrCtrl+Shift+P',
    otherAccelerators: ['CmdOrCtrl+K'],
    enabledWhen: 'always',
    worksInFields: true,
  },

  {
    id: 'toggle-review',
    label: '&Review Mode',
    description: 'Colleagues’ layers, accept / reject / reply, agreement',
    menu: 'Review',
    group: 0,
    readerKey: 'R',
    enabledWhen: 'article-open',
  },
  {
    id: 'next-disagreement',
    label: '&Next Disagreement',
    description: 'Go to the next sentence where analysts differ',
    menu: 'Review',
    group: 1,
    readerKey: ']',
    enabledWhen: 'review-on',
  },
  {
    id: 'previous-disagreement',
    label: '&Previous Disagreement',
    description: 'Go to the previous sentence where analysts differ',
    menu: 'Review',
    group: 1,
    readerKey: '[',
    enabledWhen: 'review-on',
  },

  {
    id: 'show-help',
    label: '&Keyboard Shortcuts',
    description: 'Every command and key (this list)',
    menu: 'Help',
    group: 0,
    readerKey: '?',
    enabledWhen: 'always',
  },
];

/** The command with this id (every id has one). */
export function findCommand(id: CommandId): Command {
  const command = COMMANDS.find((c) => c.id === id);
  if (!command) throw new Error(`No command "${id}" in the registry.`);
  return command;
}

/** The commands of one menu, in order. */
export function commandsIn(menu: MenuName): Command[] {
  return COMMANDS.filter((c) => c.menu === menu);
}

/** The label as the platform spells it, with its `&` mnemonic marker. */
export function labelFor(command: Command, platform: Platform): string {
  return (platform === 'windows' && command.windowsLabel) || command.label;
}

/** The label without its mnemonic marker ("Export…"). */
export function plainLabel(label: string): string {
  return label.replace(/&(.)/g, '$1');
}

/** The letter after `&`, lower-cased, or null. */
export function mnemonicOf(label: string): string | null {
  return /&(.)/.exec(label)?.[1]?.toLowerCase() ?? null;
}

/** The accelerator a menu shows and registers on this platform, or null. */
export function acceleratorFor(command: Command, platform: Platform): string | null {
  return (platform === 'mac' && command.macAccelerator) || command.accelerator || null;
}

/** Every accelerator that runs the command on this platform, the menu's first, each once. */
export function acceleratorsFor(command: Command, platform: Platform): string[] {
  const all = [acceleratorFor(command, platform), ...(command.otherAccelerators ?? [])].filter((a): a is string => a !== null);
  const seen = new Set<string>();
  return all.filter((a) => !seen.has(normalizeAccelerator(a)) && seen.add(normalizeAccelerator(a)));
}

/**
 * The registry command a key press with a modifier asks for, or null. Native commands are left
 * to the browser (a field cuts and pastes itself) and bare reader keys to the reader's key map,
 * which knows where focus is.
 */
export function commandForPress(press: KeyPress, platform: Platform): CommandId | null {
  for (const command of COMMANDS) {
    if (command.role) continue;
    if (acceleratorsFor(command, platform).some((a) => matchesAccelerator(a, press))) return command.id;
  }
  return null;
}
