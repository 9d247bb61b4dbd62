import { describe, expect, it } from 'vitest';
import { APP_COMMANDS } from '../ipc/channels';
import { normalizeAccelerator, type Platform } from './accelerator';
import { isConditionMet, type CommandState } from './command-condition';
import { COMMANDS, MENU_NAMES, acceleratorsFor, commandForPress, findCommand, labelFor, mnemonicOf, plainLabel } from './command-registry';
import { keyPress } from './test-support/key-press';

const PLATFORMS: Platform[] = ['mac', 'windows', 'linux'];

const press = keyPress;

const IDLE: CommandState = { articleOpen: false, canUndo: false, canRedo: false, editingText: false, reviewOn: false, versionCount: 0 };

describe('COMMANDS', () => {
  it('lists every command main can send, once each', () => {
    const ids = COMMANDS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const sent = APP_COMMANDS.filter((c) => c !== 'colleague-layers-changed' && c !== 'library-changed' && c !== 'store-messages-changed');
    expect(ids).toEqual(expect.arrayContaining([...sent]));
  });

  it('puts every command in one of the five menus', () => {
    for (const command of COMMANDS) expect(MENU_NAMES).toContain(command.menu);
  });

  it.each(PLATFORMS)('gives each key to one command only on %s', (platform) => {
    const keys = COMMANDS.flatMap((c) =>
      [...acceleratorsFor(c, platform), ...(c.readerKey ? [c.readerKey] : [])].map(normalizeAccelerator),
    );
    expect(keys.length).toBe(new Set(keys).size);
  });

  it.each(PLATFORMS)('gives the commands of each menu distinct mnemonics on %s', (platform) => {
    for (const menu of MENU_NAMES) {
      const letters = COMMANDS.filter((c) => c.menu === menu).map((c) => mnemonicOf(labelFor(c, platform)));
      expect(letters).not.toContain(null);
      expect(new Set(letters).size).toBe(letters.length);
    }
  });

  it('calls quit Exit on Windows', () => {
    expect(plainLabel(labelFor(findCommand('quit'), 'windows'))).toBe('Exit');
    expect(plainLabel(labelFor(findCommand('quit'), 'linux'))).toBe('Quit Factmark');
  });
});

describe('commandForPress', () => {
  it('finds the command of each accelerator, its other keys included', () => {
    expect(commandForPress(press('e', { ctrlKey: true }), 'linux')).toBe('export-document');
    expect(commandForPress(press('k', { ctrlKey: true }), 'linux')).toBe('show-palette');
    expect(commandForPress(press('P', { ctrlKey: true, shiftKey: true }), 'windows')).toBe('show-palette');
    expect(commandForPress(press('ArrowLeft', { altKey: true }), 'linux')).toBe('show-library');
    expect(commandForPress(press('Z', { metaKey: true, shiftKey: true }), 'mac')).toBe('redo');
    expect(commandForPress(press('Z', { ctrlKey: true, shiftKey: true }), 'linux')).toBe('redo');
    expect(commandForPress(press('y', { ctrlKey: true }), 'linux')).toBe('redo');
  });

  it('leaves native edit keys and bare reader keys alone', () => {
    expect(commandForPress(press('c', { ctrlKey: true }), 'linux')).toBeNull();
    expect(commandForPress(press('v', { ctrlKey: true }), 'linux')).toBeNull();
    expect(commandForPress(press('t'), 'linux')).toBeNull();
    expect(commandForPress(press('?', { shiftKey: true }), 'linux')).toBeNull();
  });
});

describe('isConditionMet', () => {
  it('keeps article commands off in the library', () => {
    expect(isConditionMet(findCommand('export-document').enabledWhen, IDLE)).toBe(false);
    expect(isConditionMet(findCommand('export-document').enabledWhen, { ...IDLE, articleOpen: true })).toBe(true);
    expect(isConditionMet(findCommand('open-file').enabledWhen, IDLE)).toBe(true);
  });

  it('offers undo for a field’s own text even when the annotation history is empty', () => {
    expect(isConditionMet(findCommand('undo').enabledWhen, { ...IDLE, articleOpen: true })).toBe(false);
    expect(isConditionMet(findCommand('undo').enabledWhen, { ...IDLE, editingText: true })).toBe(true);
    expect(isConditionMet(findCommand('redo').enabledWhen, { ...IDLE, articleOpen: true, canRedo: true })).toBe(true);
  });

  it('compares versions only when there are two, and steps disagreements only in review', () => {
    const open = { ...IDLE, articleOpen: true, versionCount: 1 };
    expect(isConditionMet(findCommand('compare-versions').enabledWhen, open)).toBe(false);
    expect(isConditionMet(findCommand('compare-versions').enabledWhen, { ...open, versionCount: 2 })).toBe(true);
    expect(isConditionMet(findCommand('next-disagreement').enabledWhen, open)).toBe(false);
    expect(isConditionMet(findCommand('next-disagreement').enabledWhen, { ...open, reviewOn: true })).toBe(true);
  });
});
