import { Fragment, useRef, type MouseEvent } from 'react';
import {
  commandsIn,
  isConditionMet,
  labelFor,
  mnemonicOf,
  plainLabel,
  type Command,
  type CommandState,
  type MenuName,
  type Platform,
} from '../../../shared/commands';
import { ariaShortcuts, shortcutLabel } from './shortcut-label';

type MenuPopupProps = {
  menu: MenuName;
  /** The state the items' conditions are checked against, taken when the menu opened. */
  state: CommandState;
  platform: Platform;
  /** A click on an item; `enabled` says whether its command may run now. */
  onRun: (command: Command, enabled: boolean) => void;
};

/**
 * One open menu of the menu bar: the menu's registry commands in their groups, each with its
 * mnemonic underlined and its key, disabled ones marked `aria-disabled`. Keyboard movement is
 * the menu bar's; a pointer that moves over an item takes focus there.
 */
export function MenuPopup({ menu, state, platform, onRun }: MenuPopupProps) {
  const commands = commandsIn(menu);
  // Chromium sends a mouse event when a menu appears under a resting pointer; only a pointer
  // that really moves takes the keyboard's place in the menu.
  const pointer = useRef<string | null>(null);
  const hover = (event: MouseEvent<HTMLButtonElement>) => {
    const at = `${event.screenX},${event.screenY}`;
    if (pointer.current !== null && pointer.current !== at) event.currentTarget.focus({ preventScroll: true });
    pointer.current = at;
  };
  return (
    <div role="menu" className="menu-popup" aria-labelledby={`menubar-${menu}`} data-testid="menu-popup" tabIndex={-1}>
      {commands.map((command, i) => {
        const enabled = isConditionMet(command.enabledWhen, state);
        const label = labelFor(command, platform);
        const mnemonic = mnemonicOf(label);
        const text = plainLabel(label);
        const at = mnemonic ? label.indexOf('&') : -1;
        return (
          <Fragment key={command.id}>
            {i > 0 && commands[i - 1]?.group !== command.group && <div role="separator" className="menu-separator" />}
            <button
              type="button"
              role="menuitem"
              className="menu-item"
              tabIndex={-1}
              aria-disabled={!enabled}
              aria-keyshortcuts={ariaShortcuts(command, platform)}
              data-testid="menu-item"
              data-command-id={command.id}
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={hover}
              onClick={() => onRun(command, enabled)}
            >
              <span className="menu-item-label">
                {at >= 0 ? (
                  <>
                    {text.slice(0, at)}
                    <span className="menu-mnemonic">{text.charAt(at)}</span>
                    {text.slice(at + 1)}
                  </>
                ) : (
                  text
                )}
              </span>
              <span className="menu-item-keys">{shortcutLabel(command, platform)}</span>
            </button>
          </Fragment>
        );
      })}
    </div>
  );
}
