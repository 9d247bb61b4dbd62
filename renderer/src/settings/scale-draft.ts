import type { VerdictGroup } from '../../../shared/model/claim-record';
import { PRESET_SCALES } from '../../../shared/verdict/preset-scales';
import { ratingScaleSchema, type RatingScale } from '../../../shared/model/rating-scale';

/** One label being edited: its text and the common group it counts as. */
export interface LabelDraft {
  label: string;
  group: VerdictGroup;
}

/**
 * A workspace scale as the settings dialog edits it. Labels are listed worst first; a numeric
 * scale numbers them 1..n in that order (1 the worst), as ClaimReview's worstRating expects.
 */
export interface ScaleDraft {
  id: string;
  name: string;
  numeric: boolean;
  labels: LabelDraft[];
}

/** What checking a draft gave: the scale to save, or one line per problem for the analyst. */
export type DraftCheck = { ok: true; scale: RatingScale } | { ok: false; problems: string[] };

/** A new, empty scale draft with an id no other scale in `taken` has. */
export function newScaleDraft(taken: readonly RatingScale[]): ScaleDraft {
  const ids = new Set([...PRESET_SCALES, ...taken].map((s) => s.id));
  let n = 1;
  while (ids.has(`workspace-${n}`)) n += 1;
  return {
    id: `workspace-${n}`,
    name: '',
    numeric: true,
    labels: [
      { label: '', group: 'false' },
      { label: '', group: 'true' },
    ],
  };
}

/** The draft of a saved scale; the labels are put worst first when the scale is numeric. */
export function draftOfScale(scale: RatingScale): ScaleDraft {
  const numeric = scale.ratings.length > 0 && scale.ratings.every((r) => r.value !== undefined);
  const ratings = numeric ? [...scale.ratings].sort((a, b) => (a.value ?? 0) - (b.value ?? 0)) : scale.ratings;
  return { id: scale.id, name: scale.name, numeric, labels: ratings.map((r) => ({ label: r.label, group: r.group })) };
}

/**
 * Turns a draft into a scale, checked by the same schema the store uses. Problems name the
 * label by its place and text ("label 2 (Wrong): …"), in the order the dialog shows them.
 */
export function checkScaleDraft(draft: ScaleDraft): DraftCheck {
  const scale = {
    id: draft.id,
    name: draft.name.trim(),
    freeText: false,
    ratings: draft.labels.map((l, i) => ({ label: l.label.trim(), group: l.group, ...(draft.numeric ? { value: i + 1 } : {}) })),
  };
  const parsed = ratingScaleSchema.safeParse(scale);
  if (parsed.success) return { ok: true, scale: parsed.data };
  return { ok: false, problems: [...new Set(parsed.error.issues.map((issue) => describeIssue(draft, issue.path, issue.message)))] };
}

function describeIssue(draft: ScaleDraft, path: readonly PropertyKey[], message: string): string {
  const [field, index, sub] = path;
  if (field === 'name') return draft.name.trim() === '' ? 'The scale needs a name.' : `The name is too long (at most 200 characters).`;
  if (field === 'ratings' && typeof index === 'number') {
    const text = draft.labels[index]?.label.trim() ?? '';
    const which = text ? `Label ${index + 1} (${text})` : `Label ${index + 1}`;
    if (sub === 'label' && text === '') return `${which} is empty.`;
    if (message.startsWith('duplicate label')) return `${which} appears twice (labels differ by more than case).`;
    return `${which}: ${message}.`;
  }
  if (field === 'ratings' && message === 'a scale needs at least one rating') return 'The scale needs at least one label.';
  if (field === 'ratings' && message.includes('at most')) return 'A scale has at most 50 labels.';
  return `${message.charAt(0).toUpperCase()}${message.slice(1)}.`;
}
