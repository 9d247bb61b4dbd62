import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../shared/commands';
import { filterPalette, type PaletteEntry } from './palette-filter';

const all: PaletteEntry[] = COMMANDS.map((command) => ({ command, enabled: command.enabledWhen === 'always' }));
const ids = (entries: PaletteEntry[]) => entries.map((entry) => entry.command.id);

describe('filterPalette', () => {
  it('lists every command for an empty query, the ones that can run first', () => {
    const listed = filterPalette(all, '');
    expect(listed).toHaveLength(COMMANDS.length);
    expect(listed[0]?.enabled).toBe(true);
    expect(listed.at(-1)?.enabled).toBe(false);
  });

  it('finds a command by the start of its label, ahead of ones that only mention the word', () => {
    const enabled = COMMANDS.map((command) => ({ command, enabled: true }));
    expect(ids(filterPalette(enabled, 'exp'))[0]).toBe('export-document');
    // Sync Now's description names Settings › Team, so it is found too, after the command named Settings.
    expect(ids(filterPalette(enabled, 'sett'))).toEqual(['show-settings', 'sync-now']);
  });

  it('needs every word, searching the menu name and the description too', () => {
    const enabled = COMMANDS.map((command) => ({ command, enabled: true }));
    expect(ids(filterPalette(enabled, 'import colleague'))).toEqual(['import-colleague']);
    expect(ids(filterPalette(enabled, 'pdf'))).toEqual(['export-document']);
    expect(filterPalette(enabled, 'no such thing')).toEqual([]);
  });
});
