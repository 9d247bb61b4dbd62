import type { TrackedField } from './layer-changes';
import type { HistoryChange } from './history-change';

/** A field's name as a sentence uses it. */
const FIELD_WORDS: Record<TrackedField, string> = {
  tag: 'tag',
  quote: 'passage',
  note: 'note',
  statement: 'statement',
  claimant: 'claimant',
  status: 'status',
  verdict: 'verdict',
  links: 'links',
  sources: 'sources',
};

/**
 * What one change did, in words: "set the verdict to “False”", "changed the verdict from
 * “Mostly true” to “False”", "removed the verdict “False”"; a tag appearing reads "tagged it
 * claim", disappearing "removed the claim tag". `value` words a field's value (a status id as
 * its label); by default the value itself.
 */
export function describeHistoryChange(
  change: HistoryChange,
  value: (field: TrackedField, raw: string) => string = (_, raw) => raw,
): string {
  const field = FIELD_WORDS[change.field];
  const quoted = (raw: string) => `“${value(change.field, raw)}”`;
  if (change.field === 'tag') {
    if (change.from === null && change.to !== null) return `tagged it ${change.to}`;
    if (change.to === null && change.from !== null) return `removed the ${change.from} tag`;
  }
  if (change.from === null) return change.to === null ? `left the ${field} empty` : `set the ${field} to ${quoted(change.to)}`;
  if (change.to === null) return `removed the ${field} ${quoted(change.from)}`;
  return `changed the ${field} from ${quoted(change.from)} to ${quoted(change.to)}`;
}
