import type { AgreementEstimate, AgreementReport } from '../../../shared/agreement';
import { TAGS } from '../../../shared/model/annotation';
import { tagLabel } from '../labels/tag-labels';

const format = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function Figure({ estimate, testId }: { estimate: AgreementEstimate; testId?: string }) {
  if (estimate.value === null) {
    return (
      <span className="figure figure-undefined" title={estimate.reason} data-testid={testId}>
        n/a
      </span>
    );
  }
  const detail = `observed ${format.format(estimate.observed ?? 0)}, expected ${format.format(estimate.expected ?? 0)}, ${estimate.units} sentences`;
  return (
    <span className="figure" title={detail} data-testid={testId}>
      {format.format(estimate.value)}
    </span>
  );
}

/**
 * Sentence-level agreement between the analysts: Cohen's κ per pair (over every sentence and
 * over the tagged ones), Fleiss' κ and Krippendorff's α, overall and per tag, and which
 * sentences counted (the article body; headline, headings and captions are not counted).
 */
export function AgreementPanel({
  report,
  names,
  onShowSentence,
}: {
  report: AgreementReport;
  names: ReadonlyMap<string, string>;
  onShowSentence: (start: number, end: number) => void;
}) {
  const nameOf = (id: string) => names.get(id) ?? id;
  const tagged = report.sentences.filter((s) => s.labels.some((l) => l !== 'none'));
  return (
    <details className="agreement-panel" data-testid="agreement-panel" open>
      <summary>Agreement</summary>
      <table className="agreement-table">
        <tbody>
          {report.pairs.map((pair) => (
            <tr key={pair.analysts.join('|')} data-testid="agreement-pair">
              <th scope="row">
                Cohen’s κ, {nameOf(pair.analysts[0])} · {nameOf(pair.analysts[1])}
              </th>
              <td>
                <Figure estimate={pair.kappa} testId="agreement-kappa" />
              </td>
              <td className="figure-note">
                tagged only: <Figure estimate={pair.kappaTagged} />
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row">Fleiss’ κ</th>
            <td>
              <Figure estimate={report.fleissKappa} testId="agreement-fleiss" />
            </td>
            <td />
          </tr>
          <tr>
            <th scope="row">Krippendorff’s α</th>
            <td>
              <Figure estimate={report.krippendorffAlpha} testId="agreement-alpha" />
            </td>
            <td />
          </tr>
          {TAGS.map((tag) => (
            <tr key={tag}>
              <th scope="row">{tagLabel(tag)} vs rest (Fleiss’ κ)</th>
              <td>
                <Figure estimate={report.perTag[tag].fleissKappa} />
              </td>
              <td />
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint" data-testid="agreement-units">
        Counted: {report.sentences.length} sentences of the article body ({tagged.length} tagged by someone); the headline, headings and
        captions are not counted.
        {report.unplaced.some((n) => n > 0) &&
          ` ${report.unplaced.reduce((a, b) => a + b, 0)} annotations could not be placed and were left out.`}
      </p>
      <details className="agreement-sentences">
        <summary>Which sentences counted</summary>
        <ol className="counted-sentences">
          {report.sentences.map((s, i) => (
            <li key={s.start}>
              <button type="button" className="button button-quiet" onClick={() => onShowSentence(s.start, s.end)}>
                {i + 1}
              </button>{' '}
              {report.analysts.map((id, j) => `${nameOf(id)}: ${s.labels[j] ?? 'none'}`).join(' · ')}
            </li>
          ))}
        </ol>
      </details>
    </details>
  );
}
