import { plainLabel, type Command } from '../../../shared/commands';

/** A command as the palette lists it. */
export type PaletteEntry = { command: Command; enabled: boolean };

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

function score(command: Command, words: readonly string[]): number | null {
  const label = plainLabel(command.label).toLowerCase();
  const labelWords = wordsOf(label);
  const rest = wordsOf(`${command.menu} ${command.description}`);
  let total = 0;
  for (const word of words) {
    if (label.startsWith(word)) total += 3;
    else if (labelWords.some((part) => part.startsWith(word))) total += 2;
    else if (!rest.some((part) => part.startsWith(word))) return null;
  }
  return total;
}

/**
 * The entries matching `query`, best first: every word of the query must start a word of the label,
 * the menu name or the description; matches at the start of the label, then of a word in it, rank
 * higher, and enabled commands come before disabled ones. Registry order breaks ties. An empty
 * query lists every entry, enabled first.
 */
export function filterPalette(entries: readonly PaletteEntry[], query: string): PaletteEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return entries
    .map((entry, index) => ({ entry, index, score: score(entry.command, words) }))
    .filter((scored): scored is { entry: PaletteEntry; index: number; score: number } => scored.score !== null)
    .sort((a, b) => Number(b.entry.enabled) - Number(a.entry.enabled) || b.score - a.score || a.index - b.index)
    .map((scored) => scored.entry);
}
