/** The operating systems whose conventions differ: key names, modifier order, a few labels. */
export type Platform = 'mac' | 'windows' | 'linux';

/** Maps Node's `process.platform` (or anything else) to a Platform; unknown systems read as Linux. */
export function platformOf(nodePlatform: string): Platform {
  if (nodePlatform === 'darwin') return 'mac';
  if (nodePlatform === 'win32') return 'windows';
  return 'linux';
}

/** The parts of a KeyboardEvent an accelerator is matched against (a structural subset, so shared/ needs no DOM). */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

type Parsed = { mod: boolean; shift: boolean; alt: boolean; key: string };

const MODIFIERS = new Set(['cmdorctrl', 'commandorcontrol', 'cmd', 'command', 'ctrl', 'control', 'meta', 'super']);

/**
 * Parses an Electron accelerator ("CmdOrCtrl+Shift+P", "Alt+Left", "?"). Ctrl, Cmd and CmdOrCtrl
 * all read as one "mod": the renderer's keys have always taken either, so a Mac user's Cmd works
 * in the browser host too. The key is lower-cased. Null when there is no key.
 */
function parse(accelerator: string): Parsed | null {
  // "CmdOrCtrl+Plus" names the plus key; a trailing "+" after "+" would too.
  const parts = accelerator.endsWith('++') ? [...accelerator.slice(0, -2).split('+'), '+'] : accelerator.split('+');
  const parsed: Parsed = { mod: false, shift: false, alt: false, key: '' };
  for (const part of parts) {
    const lower = part.toLowerCase();
    if (MODIFIERS.has(lower)) parsed.mod = true;
    else if (lower === 'shift') parsed.shift = true;
    else if (lower === 'alt' || lower === 'option') parsed.alt = true;
    else parsed.key = lower;
  }
  return parsed.key ? parsed : null;
}

/** DOM `key` values (lower-cased) each accelerator key name stands for. */
const KEY_ALIASES: Partial<Record<string, readonly string[]>> = {
  left: ['arrowleft'],
  right: ['arrowright'],
  up: ['arrowup'],
  down: ['arrowdown'],
  plus: ['+', '='],
  delete: ['delete'],
  backspace: ['backspace'],
  esc: ['escape'],
  escape: ['escape'],
  enter: ['enter'],
  return: ['enter'],
};

/** Whether the press's key is the accelerator's, whatever the layout: `code` decides letters and digits. */
function sameKey(key: string, press: KeyPress): boolean {
  const pressed = press.key.toLowerCase();
  const aliases = KEY_ALIASES[key];
  if (aliases) return aliases.includes(pressed);
  if (/^[a-z]$/.test(key)) return pressed === key || press.code === `Key${key.toUpperCase()}`;
  if (/^[0-9]$/.test(key)) return press.code === `Digit${key}` || pressed === key;
  return pressed === key;
}

/**
 * Tells whether a key press is this accelerator. Modifiers must match exactly, except that
 * Shift is not compared for a punctuation key that needs it on some layouts ("?").
 */
export function matchesAccelerator(accelerator: string, press: KeyPress): boolean {
  const parsed = parse(accelerator);
  if (!parsed) return false;
  const mod = press.ctrlKey || press.metaKey;
  const shiftFree = !parsed.mod && !parsed.alt && /^[^a-z0-9]$/.test(parsed.key);
  return mod === parsed.mod && press.altKey === parsed.alt && (shiftFree || press.shiftKey === parsed.shift) && sameKey(parsed.key, press);
}

/** Identity of an accelerator for uniqueness checks: modifiers in a fixed order, then the key. */
export function normalizeAccelerator(accelerator: string): string {
  const parsed = parse(accelerator);
  if (!parsed) return accelerator;
  return [parsed.mod && 'mod', parsed.alt && 'alt', parsed.shift && 'shift', parsed.key].filter(Boolean).join('+');
}

const MAC_KEYS: Partial<Record<string, string>> = {
  left: '←',
  right: '→',
  up: '↑',
  down: '↓',
  plus: '+',
  delete: '⌦',
  backspace: '⌫',
  escape: '⎋',
  esc: '⎋',
  enter: '↩',
};
const PC_KEYS: Partial<Record<string, string>> = {
  left: '←',
  right: '→',
  up: '↑',
  down: '↓',
  plus: '+',
  delete: 'Del',
  backspace: 'Backspace',
  escape: 'Esc',
  esc: 'Esc',
  enter: 'Enter',
};

/**
 * The accelerator as the platform shows it: "⇧⌘P" on macOS (Control, Option, Shift, Command, in
 * Apple's order), "Ctrl+Shift+P" elsewhere. A lone key shows as itself ("?", "R").
 */
export function formatAccelerator(accelerator: string, platform: Platform): string {
  const parsed = parse(accelerator);
  if (!parsed) return accelerator;
  const mac = platform === 'mac';
  const key = (mac ? MAC_KEYS : PC_KEYS)[parsed.key] ?? (parsed.key.length === 1 ? parsed.key.toUpperCase() : capitalise(parsed.key));
  if (mac) return `${parsed.alt ? '⌥' : ''}${parsed.shift ? '⇧' : ''}${parsed.mod ? '⌘' : ''}${key}`;
  return [parsed.mod && 'Ctrl', parsed.alt && 'Alt', parsed.shift && 'Shift', key].filter(Boolean).join('+');
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const ARIA_KEYS: Partial<Record<string, string>> = {
  left: 'ArrowLeft',
  right: 'ArrowRight',
  up: 'ArrowUp',
  down: 'ArrowDown',
  plus: '+',
  delete: 'Delete',
  backspace: 'Backspace',
  esc: 'Escape',
  escape: 'Escape',
  enter: 'Enter',
};

/** The accelerator in `aria-keyshortcuts` syntax ("Control+Shift+P", "Meta+E" on macOS), for screen readers. */
export function ariaKeyShortcut(accelerator: string, platform: Platform): string {
  const parsed = parse(accelerator);
  if (!parsed) return accelerator;
  const key = ARIA_KEYS[parsed.key] ?? (parsed.key.length === 1 ? parsed.key.toUpperCase() : capitalise(parsed.key));
  return [parsed.mod && (platform === 'mac' ? 'Meta' : 'Control'), parsed.alt && 'Alt', parsed.shift && 'Shift', key]
    .filter(Boolean)
    .join('+');
}
