import type { Tag } from '../../../shared/model/annotation';
import type { ExportScope } from '../../../shared/report/export-scope';
import { ADJUDICATED_ID } from '../../../shared/review/analyst-layer';
import type { DocumentLayers } from '../../../shared/review/review-contract';

/** The dialog's "Include" choices: everything, the sidebar's filter, some tags, some analysts. */
export type ScopeKind = 'document' | 'filter' | 'tags' | 'analysts';

/** One analyst the export can be limited to. */
export interface AnalystChoice {
  id: string;
  label: string;
  /** Ticked when the dialog opens. The adjudicated layer repeats colleagues' accepted annotations, so it starts unticked. */
  chosen: boolean;
}

const PLURALS: Record<Tag, string> = { claim: 'claims', denial: 'denials', evidence: 'evidence' };

/** Where the dialog starts: the sidebar's filter when one is active (`filter` is the tags it shows), else the whole document. */
export function initialScopeKind(filter: readonly Tag[] | null): ScopeKind {
  return filter ? 'filter' : 'document';
}

/** "Current filter (claims, evidence)": the label of the filter choice. */
export function describeFilter(filter: readonly Tag[]): string {
  return `Current filter (${filter.length === 0 ? 'no tags' : filter.map((tag) => PLURALS[tag]).join(', ')})`;
}

/** The scope a choice stands for. */
export function scopeOf(
  kind: ScopeKind,
  picks: { filter: readonly Tag[] | null; tags: ReadonlySet<Tag>; analysts: ReadonlySet<string> },
): ExportScope {
  switch (kind) {
    case 'document':
      return {};
    case 'filter':
      return { tags: [...(picks.filter ?? [])] };
    case 'tags':
      return { tags: [...picks.tags] };
    case 'analysts':
      return { analysts: [...picks.analysts] };
  }
}

/**
 * The analysts `layers:list` names: the analyst, each colleague, and the adjudicated layer —
 * "Adjudicated (by <reviewer>)" when the analyst's review has accepted annotations (main forms
 * the same layer from the same decisions), or a stored adjudicated layer under its own name.
 */
export function analystChoices(layers: Pick<DocumentLayers, 'me' | 'colleagues' | 'adjudicated'>): AnalystChoice[] {
  const label = (a: { id: string; name: string }) => a.name || a.id;
  const colleagues = layers.colleagues.map((c) => c.analyst);
  const choices = [layers.me, ...colleagues.filter((a) => a.id !== ADJUDICATED_ID)].map((a) => ({
    id: a.id,
    label: label(a),
    chosen: true,
  }));
  const stored = colleagues.find((a) => a.id === ADJUDICATED_ID);
  if (layers.adjudicated.annotations.length > 0)
    choices.push({ id: ADJUDICATED_ID, label: `Adjudicated (by ${label(layers.me)})`, chosen: false });
  else if (stored) choices.push({ id: ADJUDICATED_ID, label: label(stored), chosen: false });
  return choices;
}
