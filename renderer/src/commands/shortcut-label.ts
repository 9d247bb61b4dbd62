import { acceleratorFor, formatAccelerator, type Command, type Platform } from '../../../shared/commands';

/** The one key a menu item or palette row shows: the menu accelerator, else the reader key, else nothing. */
export function shortcutLabel(command: Command, platform: Platform): string {
  const key = acceleratorFor(command, platform) ?? command.readerKey;
  return key ? formatAccelerator(key, platform) : '';
}
