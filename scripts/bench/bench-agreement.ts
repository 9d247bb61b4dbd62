import { computeAgreement, type AnalystLayer } from '../../shared/agreement';
import { TAGS, type Annotation } from '../../shared/model/annotation';
import type { Article } from '../../shared/model/article';
import { toPlainText } from '../../shared/text/plain-text';
import { generateAnnotations } from './generate-annotations';
import { roundMs, timeMedian } from './median';

const ANALYSTS = ['ana', 'bo', 'cy'];
const RUNS = 3;

/**
 * Times `computeAgreement` (each layer anchored, sentences labelled, κ and α for the team and per
 * tag) on the article with three analysts of `count` annotations each. The tags go round claim,
 * denial, evidence; the analysts disagree on purpose: each one tags every fourth annotation
 * differently (a different fourth each) and leaves out every tenth, so κ is neither 1 nor undefined. Median in ms; the κ and sentence
 * count check the case.
 */
export function benchAgreement(article: Article, count: number): Record<string, number> {
  const text = toPlainText(article.blocks);
  const layers: AnalystLayer[] = ANALYSTS.map((id, k) => {
    const annotations = generateAnnotations(text, article.id, { id, name: id }, count).map((a, i): Annotation | undefined => {
      if ((i + k) % 10 === 0) return undefined;
      const tag = TAGS[(i + ((i + k) % 4 === 0 ? 1 + k : 0)) % TAGS.length]!;
      return { ...a, body: { ...a.body, tag } };
    });
    return { analyst: id, annotations: annotations.filter((a) => a !== undefined) };
  });
  const report = computeAgreement(article.blocks, layers);
  return {
    [`computeAgreement, ${ANALYSTS.length} analysts (ms)`]: roundMs(timeMedian(() => computeAgreement(article.blocks, layers), RUNS)),
    'sentences counted': report.sentences.length,
    "Fleiss' κ": Math.round((report.fleissKappa.value ?? Number.NaN) * 1000) / 1000,
    unplaced: report.unplaced.reduce((a, b) => a + b, 0),
  };
}
