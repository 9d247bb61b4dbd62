import {
  acceleratorsFor,
  commandsIn,
  formatAccelerator,
  labelFor,
  MENU_NAMES,
  plainLabel,
  type CommandId,
  type Platform,
} from '../../../shared/commands';
import { READER_KEYS } from '../keys/reader-keys';

/** One line of the help: keys as the platform shows them (maybe none), the command's name when it has one, and what it does. */
export type HelpRow = { keys: string[]; label?: string; does: string; commandId?: CommandId };

/** A titled group of help lines. */
export type HelpSection = { title: string; rows: HelpRow[] };

/**
 * The help's contents: one section per menu listing every registry command with all its keys
 * (so a command can never be missing from the help), then the reader's own keys and the window's.
 */
export function helpSections(platform: Platform): HelpSection[] {
  const menus = MENU_NAMES.map((menu) => ({
    title: menu,
    rows: commandsIn(menu).map((command) => ({
      keys: [...acceleratorsFor(command, platform), ...(command.readerKey ? [command.readerKey] : [])].map((a) =>
        formatAccelerator(a, platform),
      ),
      label: plainLabel(labelFor(command, platform)),
      does: command.description,
      commandId: command.id,
    })),
  }));
  const reader = READER_KEYS.map((row) => ({ keys: [row.keys], does: row.does }));
  // Keys of the window itself: the menu bar's (Option types characters on macOS) and zoom, which the window performs.
  const window: HelpRow[] = [
    { keys: platform === 'mac' ? ['F10'] : ['Alt', 'F10'], does: 'Go to the menu bar: arrows move, Enter runs, Escape returns' },
    {
      keys: ['CmdOrCtrl+=', 'CmdOrCtrl+-', 'CmdOrCtrl+0'].map((a) => formatAccelerator(a, platform)),
      does: 'Zoom in / out / back to 100%',
    },
  ];
  return [...menus, { title: 'In the reader', rows: reader }, { title: 'Window', rows: window }];
}
