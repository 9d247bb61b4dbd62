import { expect, type Locator, type Page } from '@playwright/test';
import { MENU_NAMES, type CommandId, type MenuName } from '../../shared/commands';

/** The in-app menu bar (File, Edit, View, Review, Help) and the one menu open under it. */
export class MenuBar {
  readonly root: Locator;
  /** The open menu; there is at most one. */
  readonly popup: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('menubar');
    this.popup = this.root.getByTestId('menu-popup');
  }

  /** The menu-bar button of one menu. */
  menu(name: MenuName): Locator {
    return this.root.getByTestId(`menu-${name}`);
  }

  /** The open menu's item for a command. */
  item(id: CommandId): Locator {
    return this.popup.locator(`[data-command-id="${id}"]`);
  }

  /** The commands the open menu lists, in order. */
  async itemIds(): Promise<string[]> {
    return this.popup.getByTestId('menu-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-command-id') ?? ''));
  }

  /** Opens a menu with a click and waits for it. */
  async openWithMouse(name: MenuName): Promise<void> {
    await this.menu(name).click();
    await expect(this.menu(name)).toHaveAttribute('aria-expanded', 'true');
  }

  /** Opens a menu from the keyboard: F10 to the menu bar, → to the menu, ↓ to open it. */
  async openWithKeyboard(name: MenuName): Promise<void> {
    await this.page.keyboard.press('F10');
    await expect(this.menu('File')).toBeFocused();
    for (let i = 0; i < MENU_NAMES.indexOf(name); i++) await this.page.keyboard.press('ArrowRight');
    await expect(this.menu(name)).toBeFocused();
    await this.page.keyboard.press('ArrowDown');
    await expect(this.menu(name)).toHaveAttribute('aria-expanded', 'true');
  }

  /** Runs a command by clicking its menu, then its item. */
  async runWithMouse(name: MenuName, id: CommandId): Promise<void> {
    await this.openWithMouse(name);
    await this.item(id).click();
    await expect(this.popup).toHaveCount(0);
  }

  /** Runs a command from the keyboard only: F10, arrows to its menu and item, Enter. */
  async runWithKeyboard(name: MenuName, id: CommandId): Promise<void> {
    await this.openWithKeyboard(name);
    const ids = await this.itemIds();
    for (let i = 0; i < ids.indexOf(id); i++) await this.page.keyboard.press('ArrowDown');
    await expect(this.item(id)).toBeFocused();
    await this.page.keyboard.press('Enter');
    await expect(this.popup).toHaveCount(0);
  }
}
