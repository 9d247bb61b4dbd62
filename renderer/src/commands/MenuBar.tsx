import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import {
  commandsIn,
  isConditionMet,
  labelFor,
  MENU_NAMES,
  mnemonicOf,
  type Command,
  type CommandId,
  type CommandState,
  type MenuName,
  type Platform,
} from '../../../shared/commands';
import { MenuPopup } from './MenuPopup';
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
    // Switching to another window closes it too, as desktop menus do.
    const away = () => setOpen(null);
    document.addEventListener('pointerdown', outside, true);
    window.addEventListener('blur', away);
    return () => {
      document.removeEventListener('pointerdown', outside, true);
      window.removeEventListener('blur', away);
    };
  }, [open]);

  useMenuBarKeys(platform, {
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
