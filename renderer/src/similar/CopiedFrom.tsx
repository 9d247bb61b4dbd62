import type { ClaimReference } from '../../../shared/model/claim-record';
import { formatDay } from '../ui/format-time';

/** "Copied from the fact-check by Example Checks (7 Dec 2026): “…”", for a copied verdict or source. */
export function CopiedFrom({ reference }: { reference: ClaimReference }) {
  const what = reference.kind === 'factcheck' ? 'the fact-check' : 'the claim';
  const where = reference.title ? ` ${reference.kind === 'factcheck' ? 'by' : 'in'} ${reference.title}` : '';
  return (
    <p className="copied-from" data-testid="copied-from">
      Copied from {what}
      {where} on {formatDay(reference.at)}: “{reference.text}”
      {reference.url && (
        <>
          {' '}
          <span className="copied-from-url">{reference.url}</span>
        </>
      )}
    </p>
  );
}
