import { Fragment, useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import {
  commandsIn,
  isConditionMet,
  labelFor,
  MENU_NAMES,
  mnemonicOf,
  plainLabel,
  type Command,
  type CommandId,
  type CommandState,
  type MenuName,
  type Platform,
} from '../../../shared/commands';
import { shortcutLabel } from './shortcut-label';
import { useMenuBarKeys } from './use-menu-bar-keys';
import '../styles/commands.css';

type MenuBarProps = {
  platform: Platform;
  /** The state the items' conditions are checked against, given the element focus was on before the menu bar. */
  stateFor: (focus: Element | null) => CommandState;
  /** Runs a command; focus is already back where it was. */
  onRun: (id: CommandId) => void;
};

type OpenMenu = { menu: MenuName; state: CommandState };
type FocusAfterOpen = 'first' | 'last' | 'menu';

/**
 * The in-app menu bar (File, Edit, View, Review, Help) drawn from the command registry, for every
 * host that has no system menu bar on screen. It works like a desktop menu bar: Alt or F10 goes
 * there, ←/→ move between menus, ↓/Enter open one, ↑/↓ move, Enter runs, a letter runs the item
 * it underlines, Escape (or Alt/F10 again) returns focus to where it was. Disabled items are shown
 * and announced but do not run; each item shows its key.
 */
export function MenuBar({ platform, stateFor, onRun }: MenuBarProps) {
  const root = useRef<HTMLDivElement>(null);
  const returnTo = useRef<Element | null>(null);
  const focusAfterOpen = useRef<FocusAfterOpen | null>(null);
  const [open, setOpen] = useState<OpenMenu | null>(null);

  const topButton = (menu: MenuName) => root.current?.querySelector<HTMLButtonElement>(`[data-menu="${menu}"]`) ?? null;
  const items = () => [...(root.current?.querySelectorAll<HTMLElement>('[role="menu"] [role="menuitem"]') ?? [])];
  const inside = () => root.current?.contains(document.activeElement) ?? false;

  const remember = () => {
    if (!inside()) returnTo.current = document.activeElement;
  };
  const openMenu = (menu: MenuName, focus: FocusAfterOpen) => {
    remember();
    focusAfterOpen.current = focus;
    setOpen({ menu, state: stateFor(returnTo.current) });
  };
  const leave = useCallback(() => {
    setOpen(null);
    const back = returnTo.current;
    returnTo.current = null;
    if (back instanceof HTMLElement && back.isConnected && back !== document.body) back.focus({ preventScroll: true });
    else if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  }, []);
  const run = (command: Command, enabled: boolean) => {
    if (!enabled) return;
    leave();
    onRun(command.id);
  };

  useLayoutEffect(() => {
    const focus = focusAfterOpen.current;
    focusAfterOpen.current = null;
    if (!open || !focus) return;
    const list = items();
    const target = focus === 'menu' ? root.current?.querySelector<HTMLElement>('[role="menu"]') : focus === 'first' ? list[0] : list.at(-1);
    target?.focus({ preventScroll: true });
  }, [open]);

  useEffect(() => {
    if (!open) return;
    // A click anywhere else closes the menu; focus goes wherever that click puts it.
    const outside = (event: PointerEvent) => {
      if (event.target instanceof Node && root.current?.contains(event.target)) return;
      returnTo.current = null;
      setOpen(null);
    };
    document.addEventListener('pointerdown', outside, true);
    return () => document.removeEventListener('pointerdown', outside, true);
  }, [open]);

  useMenuBarKeys(true, platform, {
    toggle: () => {
      if (inside()) return leave();
      remember();
      topButton('File')?.focus();
    },
    openByMnemonic: (letter) => {
      const menu = MENU_NAMES.find((name) => name[0]?.toLowerCase() === letter);
      if (!menu) return false;
      openMenu(menu, 'first');
      return true;
    },
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys pressed in the menu bar are the menu bar's: none reaches the reader underneath.
    event.stopPropagation();
    if (event.ctrlKey || event.metaKey || event.altKey || event.key === 'Tab') {
      if (event.key === 'Tab') leave();
      return;
    }
    const current = MENU_NAMES.findIndex((menu) => menu === (open?.menu ?? (document.activeElement as HTMLElement | null)?.dataset.menu));
    const beside = (delta: number) => MENU_NAMES[(current + delta + MENU_NAMES.length) % MENU_NAMES.length]!;
    const key = event.key;
    let handled = true;
    if (key === 'Escape') leave();
    else if (key === 'ArrowRight' || key === 'ArrowLeft') {
      const next = beside(key === 'ArrowRight' ? 1 : -1);
      if (open) openMenu(next, 'first');
      else topButton(next)?.focus();
    } else if (!open) {
      if (current >= 0 && (key === 'ArrowDown' || key === 'Enter' || key === ' ')) openMenu(MENU_NAMES[current]!, 'first');
      else if (current >= 0 && key === 'ArrowUp') openMenu(MENU_NAMES[current]!, 'last');
      else {
        const menu = MENU_NAMES.find((name) => name[0]?.toLowerCase() === key.toLowerCase());
        if (menu) openMenu(menu, 'first');
        else handled = false;
      }
    } else handled = moveOrRunInMenu(key, open);
    if (handled) event.preventDefault();
  };

  const moveOrRunInMenu = (key: string, menu: OpenMenu): boolean => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const focusAt = (index: number) => list[(index + list.length) % list.length]?.focus();
    if (key === 'ArrowDown') focusAt(at + 1);
    else if (key === 'ArrowUp') focusAt(at < 0 ? -1 : at - 1);
    else if (key === 'Home') focusAt(0);
    else if (key === 'End') focusAt(-1);
    else if (key === 'Enter' || key === ' ') {
      const command = commandsIn(menu.menu).find((c) => c.id === list[at]?.dataset.commandId);
      if (command) run(command, isConditionMet(command.enabledWhen, menu.state));
    } else {
      const command = commandsIn(menu.menu).find((c) => mnemonicOf(labelFor(c, platform)) === key.toLowerCase());
      if (!command) return false;
      run(command, isConditionMet(command.enabledWhen, menu.state));
    }
    return true;
  };

  return (
    <div ref={root} className="menubar" role="menubar" aria-label="Factmark" data-testid="menubar" onKeyDown={onKeyDown}>
      {MENU_NAMES.map((menu) => {
        const isOpen = open?.menu === menu;
        return (
          <div key={menu} className="menubar-entry">
            <button
              type="button"
              role="menuitem"
              id={`menubar-${menu}`}
              className="menubar-button"
              data-menu={menu}
              data-testid={`menu-${menu}`}
              aria-haspopup="menu"
              aria-expanded={isOpen}
              tabIndex={-1}
              onMouseDown={(event) => {
                // Focus stays where the analyst was until a command runs or the menu is left.
                event.preventDefault();
                if (isOpen) leave();
                else openMenu(menu, 'menu');
              }}
              onMouseEnter={() => open && !isOpen && openMenu(menu, 'menu')}
            >
              {menu}
            </button>
            {isOpen && <MenuPopup menu={menu} state={open.state} platform={platform} onRun={run} />}
          </div>
        );
      })}
    </div>
  );
}

function MenuPopup({ menu, state, platform, onRun }: { menu: MenuName; state: CommandState; platform: Platform; onRun: (command: Command, enabled: boolean) => void }) {
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
