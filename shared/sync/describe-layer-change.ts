import type { FieldChange } from './layer-changes';

const TITLE_LENGTH = 40;

/** The noun of a tag, singular and plural, as a commit message counts it. */
const NOUNS: Record<string, [string, string]> = {
  claim: ['claim', 'claims'],
  denial: ['denial', 'denials'],
  evidence: ['evidence', 'evidence'],
};

/**
 * A commit message that says what changed in one analyst's file on one article, e.g.
 * "Tagged 3 claims and 1 evidence, gave 1 verdict in 'Port authority says…'". `changes` come
 * from `diffLayer`; an empty list (the file was rewritten unchanged, or is not a layer) reads
 * "Updated <what> in '<title>'".
 */
export function describeLayerChange(changes: readonly FieldChange[], title: string, what = 'annotations'): string {
  const parts: string[] = [];
  const added = new Map<string, number>();
  const removed = changes.filter((c) => c.field === 'tag' && c.to === null).length;
  let retagged = 0;
  for (const c of changes) {
    if (c.field !== 'tag' || c.to === null) continue;
    if (c.from === null) added.set(c.to, (added.get(c.to) ?? 0) + 1);
    else retagged++;
  }
  const created = new Set(changes.filter((c) => c.field === 'tag' && c.from === null).map((c) => c.annotation_id));
  const edits = (field: FieldChange['field']) =>
    changes.filter((c) => c.field === field && !created.has(c.annotation_id) && c.to !== null).length;
  if (added.size > 0) parts.push(`Tagged ${[...added].map(([tag, n]) => count(n, NOUNS[tag] ?? [tag, tag])).join(' and ')}`);
  if (retagged > 0) parts.push(`retagged ${count(retagged, ['annotation', 'annotations'])}`);
  if (removed > 0) parts.push(`removed ${count(removed, ['tag', 'tags'])}`);
  const verdicts = edits('verdict');
  if (verdicts > 0) parts.push(`gave ${count(verdicts, ['verdict', 'verdicts'])}`);
  const statuses = edits('status');
  if (statuses > 0) parts.push(`moved ${count(statuses, ['claim', 'claims'])} to a new status`);
  const records = new Set(
    changes.filter((c) => (c.field === 'statement' || c.field === 'claimant') && !created.has(c.annotation_id)).map((c) => c.annotation_id),
  ).size;
  if (records > 0) parts.push(`edited ${count(records, ['claim record', 'claim records'])}`);
  const notes = edits('note');
  if (notes > 0) parts.push(`wrote ${count(notes, ['note', 'notes'])}`);
  const linked = new Set(
    changes
      .filter((c) => (c.field === 'links' || c.field === 'sources' || c.field === 'quote') && !created.has(c.annotation_id))
      .map((c) => c.annotation_id),
  ).size;
  if (linked > 0) parts.push(`updated links, sources or places of ${linked}`);
  const sentence = parts.length > 0 ? capitalise(parts.join(', ')) : `Updated ${what}`;
  return `${sentence} in '${shorten(title)}'`;
}

function count(n: number, [one, many]: [string, string]): string {
  return `${n} ${n === 1 ? one : many}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A title cut at a word to about TITLE_LENGTH characters, with an ellipsis when cut. */
export function shorten(title: string): string {
  const clean = title.replace(/\s+/g, ' ').trim() || 'Untitled';
  if (clean.length <= TITLE_LENGTH) return clean;
  const cut = clean.slice(0, TITLE_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > TITLE_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}
