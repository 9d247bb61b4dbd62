import { useSyncExternalStore } from 'react';
import { describeLinkProblem, describeSourceWarning } from '../../../shared/claims';
import type { Annotation } from '../../../shared/model/annotation';
import type { ClaimsController } from './claims-controller';
import { STATUS_LABELS } from '../labels/claim-labels';

const SIGN = { supports: '+', refutes: '−', context: '~' } as const;

/**
 * One line on an annotation card: for a claim its number, claimant, status, verdict and
 * warnings (a rating not on the scale, thin sourcing); for evidence and denials the claims they
 * bear on and how many sources they cite. It ends with the buttons that open the claim record,
 * the link picker or the sources, the mouse's way to what V and L do.
 */
export function ClaimSummary({ controller, annotation }: { controller: ClaimsController; annotation: Annotation }) {
  const store = controller.session.annotations;
  useSyncExternalStore(store.subscribe, store.getSnapshot);
  const view = controller.view();
  const { body } = annotation;
  if (body.tag === 'claim') {
    const row = view.row(annotation.id);
    if (!row) return null;
    const warnings = [row.verdictProblem, ...row.warnings.map(describeSourceWarning)].filter(Boolean);
    return (
      <p className="card-summary" data-testid="card-claim-summary">
        <button
          type="button"
          className="card-action"
          data-testid="card-open-claim"
          title="Claim record: statement, claimant, status, verdict (V)"
          onClick={() => controller.openDetails(annotation.id)}
        >
          Record…
        </button>
        <strong>C{view.numbers.get(annotation.id)}</strong>
        {warnings.length > 0 && (
          <span className="claim-warning" data-testid="card-warning" title={warnings.join(' ')}>
            {' '}
            ⚠ {row.verdictProblem ? 'rating not on the scale' : 'sources'}
          </span>
        )}
        {row.claimant && <> · {row.claimant}</>} · {STATUS_LABELS[row.status]}
        {row.verdict && <> · {row.verdict}</>}
        {row.supports + row.refutes + row.context > 0 && (
          <>
            {' · '}
            {(['supports', 'refutes', 'context'] as const)
              .filter((s) => row[s] > 0)
              .map((s) => `${SIGN[s]}${row[s]}`)
              .join(' ')}
          </>
        )}
      </p>
    );
  }
  const links = body.links ?? [];
  const problems = links.length > 0 ? view.problemsOf(annotation.id) : [];
  return (
    <p className="card-summary" data-testid="card-link-summary">
      <button
        type="button"
        className="card-action"
        data-testid="card-link-claim"
        title="Link to a claim (L)"
        onClick={() => controller.openLinkPicker(annotation.id)}
      >
        Link…
      </button>
      {body.tag === 'evidence' && (
        <button
          type="button"
          className="card-action"
          data-testid="card-open-evidence"
          title="Links and sources (V)"
          onClick={() => controller.openDetails(annotation.id)}
        >
          Sources…
        </button>
      )}
      {links.map((l, i) => (
        <span key={`${l.claim}-${i}`} className={`stance stance-${l.stance}`} data-testid="card-link" data-stance={l.stance}>
          {SIGN[l.stance]}C{view.numbers.get(l.claim) ?? '?'}
        </span>
      ))}
      {body.sources?.length ? (
        <>
          {' '}
          {body.sources.length} source{body.sources.length === 1 ? '' : 's'}
        </>
      ) : null}
      {problems.length > 0 && (
        <span className="claim-warning" data-testid="card-warning" title={problems.map(describeLinkProblem).join('; ')}>
          {' '}
          ⚠ link
        </span>
      )}
    </p>
  );
}
