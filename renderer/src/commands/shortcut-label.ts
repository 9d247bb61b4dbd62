import { acceleratorFor, acceleratorsFor, ariaKeyShortcut, formatAccelerator, type Command, type Platform } from '../../../shared/commands';

/** The one key a menu item or palette row shows: the menu accelerator, else the reader key, else nothing. */
export function shortcutLabel(command: Command, platform: Platform): string {
  const key = acceleratorFor(command, platform) ?? command.readerKey;
  return key ? formatAccelerator(key, platform) : '';
}

/** Every key of the command in `aria-keyshortcuts` syntax, space-separated, or undefined when it has none. */
export function ariaShortcuts(command: Command, platform: Platform): string | undefined {
  const keys = [...acceleratorsFor(command, platform), ...(command.readerKey ? [command.readerKey] : [])];
  return keys.length > 0 ? keys.map((key) => ariaKeyShortcut(key, platform)).join(' ') : undefined;
}
