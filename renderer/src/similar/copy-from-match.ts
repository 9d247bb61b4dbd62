import type { SimilarMatchView } from '../../../shared/ipc/similar-contract';
import type { ClaimRecord } from '../../../shared/model/claim-record';
import type { RatingScale } from '../../../shared/model/rating-scale';
import { messageOf } from '../ui/message-of';
import { copiedVerdict, referenceTo, withCopiedSources } from './claim-memory-edits';
import type { CopyActions } from './SimilarClaims';
import type { SimilarController } from './similar-controller';

/** The claim record the copies land on, and how it is saved. */
export interface CopyTarget {
  /** The record now (read again once the match's details arrive). */
  record(): ClaimRecord | undefined;
  save(record: ClaimRecord, field: string): void;
  notify(message: string): void;
  scales: readonly RatingScale[];
  scaleId: string;
}

/**
 * Copy verdict / Copy sources for the claim record `target`: the match's details are read from the
 * store, then its verdict (placed on the workspace's scale when it has the rating) or its sources
 * are written onto the record, each saying where it came from. One undoable step each.
 */
export function copyFromMatch(similar: SimilarController, target: CopyTarget): CopyActions {
  const copy = (match: SimilarMatchView, what: 'verdict' | 'sources') =>
    similar.details(match).then(
      (details) => {
        const record = target.record();
        if (!record) return;
        const from = referenceTo(match, new Date());
        if (what === 'verdict') {
          if (!details.verdict) return target.notify('That check has no verdict to copy (or its rating is not mapped to a group).');
          target.save(
            { ...record, verdict: copiedVerdict(details.verdict, from, target.scales, target.scaleId, new Date()) },
            'copy-verdict',
          );
          return target.notify(`Verdict copied: ${details.verdict.label}`);
        }
        if (details.sources.length === 0) return target.notify('That check cites no sources to copy.');
        target.save(withCopiedSources(record, details.sources, from), 'copy-sources');
        target.notify(`${details.sources.length} source${details.sources.length === 1 ? '' : 's'} copied`);
      },
      (e: unknown) => target.notify(`Nothing was copied: ${messageOf(e)}`),
    );
  return { verdict: (match) => void copy(match, 'verdict'), sources: (match) => void copy(match, 'sources') };
}
