import type { Annotation } from '../../../shared/model/annotation';
import type { Suggestion } from '../../../shared/suggest';

/** Identifies a suggestion across fetches: its sentence and the tag proposed. */
export function suggestionKey(suggestion: Pick<Suggestion, 'start' | 'end' | 'tag'>): string {
  return `${suggestion.tag}:${suggestion.start}:${suggestion.end}`;
}

/**
 * The suggestions still worth showing, best first: those the analyst has not dismissed and
 * whose sentence does not already carry the suggested tag (accepted, or tagged by hand).
 */
export function openSuggestions(
  suggestions: readonly Suggestion[],
  dismissed: ReadonlySet<string>,
  annotations: readonly Annotation[],
): Suggestion[] {
  const tagged = new Set(annotations.map((a) => suggestionKey({ tag: a.body.tag, ...a.target.selector.position })));
  return suggestions.filter((s) => !dismissed.has(suggestionKey(s)) && !tagged.has(suggestionKey(s)));
}
