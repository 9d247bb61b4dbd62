import { expect, type Locator, type Page } from '@playwright/test';
import type { CommandId } from '../../shared/commands';

/** The command palette (Ctrl+Shift+P or Ctrl+K). */
export class CommandPalette {
  readonly root: Locator;
  readonly input: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('command-palette');
    this.input = this.root.getByTestId('palette-input');
  }

  /** Opens the palette with a key and waits for its input to have focus. */
  async open(key: 'Control+Shift+P' | 'Control+K' = 'Control+Shift+P'): Promise<void> {
    await this.page.keyboard.press(key);
    await expect(this.input).toBeFocused();
  }

  /** The listed commands, best match first. */
  options(): Locator {
    return this.root.getByTestId('palette-option');
  }

  /** The listed row of one command. */
  option(id: CommandId): Locator {
    return this.root.locator(`[data-testid="palette-option"][data-command-id="${id}"]`);
  }

  /** Types a filter and runs the first match with Enter; the palette closes. */
  async run(query: string): Promise<void> {
    await this.input.fill(query);
    await this.page.keyboard.press('Enter');
    await expect(this.root).toHaveCount(0);
  }
}
