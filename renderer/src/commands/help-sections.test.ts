import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../shared/commands';
import { helpSections } from './help-sections';

describe('helpSections', () => {
  it('lists every registry command, Export included, with its keys', () => {
    const rows = helpSections('linux').flatMap((section) => section.rows);
    expect(rows.map((row) => row.commandId).filter(Boolean)).toEqual(COMMANDS.map((command) => command.id));
    expect(rows.find((row) => row.commandId === 'export-document')?.keys).toEqual(['Ctrl+E']);
    expect(rows.find((row) => row.commandId === 'show-library')?.keys).toEqual(['Ctrl+L', 'Alt+←']);
    expect(rows.find((row) => row.commandId === 'show-palette')?.keys).toEqual(['Ctrl+Shift+P', 'Ctrl+K']);
  });

  it('shows macOS keys on macOS', () => {
    const rows = helpSections('mac').flatMap((section) => section.rows);
    expect(rows.find((row) => row.commandId === 'redo')?.keys).toEqual(['⇧⌘Z', '⌘Y']);
  });

  it('adds the reader’s own keys after the menus', () => {
    const titles = helpSections('linux').map((section) => section.title);
    expect(titles).toEqual(['File', 'Edit', 'View', 'Review', 'Help', 'In the reader', 'Window']);
    const reader = helpSections('linux').find((section) => section.title === 'In the reader');
    expect(reader?.rows.map((row) => row.keys[0])).toEqual(expect.arrayContaining(['J / ↓, K / ↑', '1 / 2 / 3', 'N']));
  });
});
