import { reanchorAnnotations } from '../anchoring/reanchor-annotations';
import type { Annotation, Tag } from '../model/annotation';
import { TAGS } from '../model/annotation';
import type { Block } from '../model/article';
import { toPlainText } from '../text/plain-text';
import { cohenKappa } from './cohen-kappa';
import { noEstimate, type AgreementEstimate } from './estimate';
import { fleissKappa } from './fleiss-kappa';
import { krippendorffAlpha } from './krippendorff-alpha';
import { labelSentences, type UnitLabel } from './label-sentences';
import { sentenceUnits } from './sentence-units';

/** One analyst's annotations on the document, identified by their creator id. */
export interface AnalystLayer {
  analyst: string;
  annotations: readonly Annotation[];
}

/** Cohen's κ for two analysts. */
export interface PairAgreement {
  analysts: [string, string];
  /** Over every counted sentence. */
  kappa: AgreementEstimate;
  /** Over only the sentences at least one of the two tagged: the figure often quoted. */
  kappaTagged: AgreementEstimate;
}

/** Agreement across a team on one labelling of the sentences. */
export interface TeamAgreement {
  /** Every pair of analysts, in the order of `analysts`. */
  pairs: PairAgreement[];
  fleissKappa: AgreementEstimate;
  krippendorffAlpha: AgreementEstimate;
}

/** A counted sentence and each analyst's label for it, in the order of `analysts`. */
export interface CountedSentence {
  start: number;
  end: number;
  labels: UnitLabel[];
}

/** Sentence-level agreement on one document, overall and for each tag against the rest. */
export interface AgreementReport extends TeamAgreement {
  analysts: string[];
  /** The units: every body sentence, so the UI can say which sentences counted. */
  sentences: CountedSentence[];
  /** Per analyst (order of `analysts`): annotations anchoring could not place, left out of the figures. */
  unplaced: number[];
  /** Each tag against the rest ('claim' vs not 'claim'…), over the same sentences. */
  perTag: Record<Tag, TeamAgreement>;
}

/**
 * Computes agreement between the analysts' layers on an article (its blocks). Units are the
 * body sentences (`sentenceUnits`); each annotation is first anchored onto the current text,
 * and those that cannot be placed with confidence are counted in `unplaced` rather than
 * guessed at; a sentence's label follows `labelSentences`. Figures that are undefined (one
 * analyst, no sentences, one label throughout) are null with a reason, never NaN. Throws if
 * two layers name the same analyst.
 */
export function computeAgreement(blocks: readonly Pick<Block, 'type' | 'text'>[], layers: readonly AnalystLayer[]): AgreementReport {
  const analysts = layers.map((l) => l.analyst);
  const repeated = analysts.find((id, i) => analysts.indexOf(id) !== i);
  if (repeated !== undefined) throw new Error(`computeAgreement was given two layers of analyst ${repeated}`);
  const text = toPlainText(blocks);
  const units = sentenceUnits(blocks);
  const unplaced: number[] = [];
  const byAnalyst = layers.map((layer) => {
    const { anchored, unresolved } = reanchorAnnotations(text, layer.annotations);
    unplaced.push(unresolved.length);
    const spans = anchored.map((a) => ({ start: a.target.selector.position.start, end: a.target.selector.position.end, tag: a.body.tag }));
    return labelSentences(text, units, spans);
  });
  const sentences = units.map((unit, i) => ({
    start: unit.start,
    end: unit.end,
    labels: byAnalyst.map((labels) => labels[i] as UnitLabel),
  }));
  const perTag = Object.fromEntries(
    TAGS.map((tag) => [
      tag,
      teamAgreement(
        analysts,
        units.length,
        byAnalyst.map((labels) => labels.map((l) => (l === tag ? tag : 'rest'))),
        byAnalyst,
      ),
    ]),
  ) as Record<Tag, TeamAgreement>;
  return { analysts, sentences, unplaced, ...teamAgreement(analysts, units.length, byAnalyst, byAnalyst), perTag };
}

/**
 * Pairwise, Fleiss and Krippendorff figures for `labels[analyst][unit]`; `tagged` (the
 * analysts' own labels) decides which sentences count for κ over tagged sentences.
 */
function teamAgreement(
  analysts: readonly string[],
  unitCount: number,
  labels: readonly (readonly string[])[],
  tagged: readonly (readonly UnitLabel[])[],
): TeamAgreement {
  if (analysts.length < 2) {
    const reason = analysts.length === 0 ? 'no analyst has tagged this document' : 'agreement needs at least two analysts';
    return { pairs: [], fleissKappa: noEstimate(unitCount, reason), krippendorffAlpha: noEstimate(unitCount, reason) };
  }
  const pairs: PairAgreement[] = [];
  for (let a = 0; a < analysts.length; a++) {
    for (let b = a + 1; b < analysts.length; b++) {
      const la = labels[a] ?? [];
      const lb = labels[b] ?? [];
      const keep = la.map((_l, u) => tagged[a]?.[u] !== 'none' || tagged[b]?.[u] !== 'none');
      pairs.push({
        analysts: [analysts[a] as string, analysts[b] as string],
        kappa: cohenKappa(la, lb),
        kappaTagged: keep.includes(true)
          ? cohenKappa(
              la.filter((_l, u) => keep[u]),
              lb.filter((_l, u) => keep[u]),
            )
          : noEstimate(0, 'neither analyst tagged a counted sentence'),
      });
    }
  }
  const byUnit = Array.from({ length: unitCount }, (_v, u) => labels.map((l) => l[u] as string));
  return { pairs, fleissKappa: fleissKappa(byUnit), krippendorffAlpha: krippendorffAlpha(byUnit) };
}
