import type { Annotation } from '../../../shared/model/annotation';
import type { TextRange } from '../text/text-range';

/**
 * Why a stored annotation could not be painted: its text is gone (`orphan`, with the closest
 * miss if any) or it fits several places equally (`ambiguous`). `candidates` are the places the
 * analyst may choose from, best first.
 */
export interface Attention {
  /** `moved`: a new version edited its sentence; the one candidate is the edited sentence, awaiting confirmation. */
  status: 'orphan' | 'ambiguous' | 'moved';
  candidates: readonly TextRange[];
}

/** An annotation listed under "Needs attention": kept, never painted, never moved silently. */
export interface AttentionItem extends Attention {
  annotation: Annotation;
}
