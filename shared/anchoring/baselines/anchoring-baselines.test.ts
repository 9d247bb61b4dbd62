import { describe, expect, it } from 'vitest';
import { anchor, describe as describeSpan } from '../index';
import type { AnnotationSelectors } from '../index';
import baselines from './anchoring-baselines.json';
import { passages, type PassageName } from './passages';

type Span = { start: number; end: number; text: string };
type Baseline = {
  name: string;
  note: string;
  passage: PassageName;
  edits: { find: string; replace: string }[];
  selectors: AnnotationSelectors;
  expected:
    | ({ status: 'anchored'; method: 'position' | 'quote' | 'fuzzy' } & Span)
    | { status: 'ambiguous'; candidates: Span[] }
    | { status: 'orphan'; best?: Span };
};

// Each edit must match exactly once, so a baseline cannot silently edit the wrong place.
function applyEdits(text: string, edits: Baseline['edits']): string {
  return edits.reduce((current, { find, replace }) => {
    const at = current.indexOf(find);
    if (at === -1 || current.indexOf(find, at + 1) !== -1) throw new Error(`edit does not match once: ${find}`);
    return current.slice(0, at) + replace + current.slice(at + find.length);
  }, text);
}

const spanOf = (text: string, { start, end }: { start: number; end: number }): Span => ({ start, end, text: text.slice(start, end) });

describe('anchoring baselines', () => {
  for (const baseline of baselines as Baseline[]) {
    describe(baseline.name, () => {
      const original = passages[baseline.passage];
      const edited = applyEdits(original, baseline.edits);

      it('describes the original span as the stored selectors', () => {
        const { start, end } = baseline.selectors.position;
        expect(describeSpan(original, start, end)).toEqual(baseline.selectors);
      });

      it('anchors the stored selectors in the edited text as recorded', () => {
        const result = anchor(edited, baseline.selectors);
        const { expected } = baseline;
        switch (result.status) {
          case 'anchored':
            expect({ status: result.status, method: result.method, ...spanOf(edited, result) }).toEqual(expected);
            break;
          case 'ambiguous':
            expect({ status: result.status, candidates: result.candidates.map((c) => spanOf(edited, c)) }).toEqual(expected);
            break;
          case 'orphan':
            expect(
              result.best === undefined ? { status: result.status } : { status: result.status, best: spanOf(edited, result.best) },
            ).toEqual(expected);
            break;
        }
      });
    });
  }
});
