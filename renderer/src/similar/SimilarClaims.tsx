import { useEffect, useSyncExternalStore, type MouseEvent } from 'react';
import { formatAccelerator, findCommand } from '../../../shared/commands';
import type { SimilarMatchView } from '../../../shared/ipc/similar-contract';
import { GROUP_LABELS } from '../labels/claim-labels';
import { formatDay } from '../ui/format-time';
import { referenceKey } from './claim-memory-edits';
import type { SimilarController } from './similar-controller';
import './similar.css';

/** What the claim record lets the analyst copy from a match. */
export interface CopyActions {
  verdict(match: SimilarMatchView): void;
  sources(match: SimilarMatchView): void;
}

const LINK_KEY = formatAccelerator(findCommand('link-same-claim').accelerator ?? '', 'linux');

/** Keeps focus where it is (the text) when a button here is clicked: tagging by keys goes on. */
const keepFocus = (event: MouseEvent) => event.preventDefault();

/**
 * The claims most like the claim in hand — from every article, every analyst and imported
 * fact-checks — each with its verdict and group, date, article or publisher, and why it matched;
 * the first one is what Link as Same Claim links. With `copy` (the claim record), each also offers
 * its verdict and sources to copy. `inReader`: beside the text, where no button takes focus.
 */
export function SimilarClaims({ similar, copy, inReader }: { similar: SimilarController; copy?: CopyActions; inReader?: boolean }) {
  const ui = useSyncExternalStore(similar.subscribe, similar.getSnapshot);
  useEffect(() => similar.listenForKey(), [similar]);
  if (!ui.claim) return null;
  const button = inReader ? { tabIndex: -1, onMouseDown: keepFocus } : {};
  const shown = new Set(ui.matches.map((m) => m.key));
  const linkedElsewhere = (ui.claim.body.sameClaims ?? []).filter((l) => !shown.has(referenceKey(l)));
  return (
    <section className="similar-claims" data-testid="similar-claims" data-status={ui.status} aria-label="Similar claims" aria-live="polite">
      <h3 className="similar-head">
        Checked before? <small>{LINK_KEY} links the first as the same claim</small>
      </h3>
      {ui.status === 'looking' && <p className="hint">Looking through the library and published fact-checks…</p>}
      {ui.status === 'failed' && (
        <p className="hint" role="alert">
          Similar claims could not be looked up: {ui.error}
        </p>
      )}
      {ui.status === 'ready' && ui.matches.length === 0 && (
        <p className="hint" data-testid="similar-none">
          No earlier check of this claim in the library or the imported fact-checks.
        </p>
      )}
      <ol className="similar-list">
        {ui.matches.map((match, index) => {
          const linked = similar.isLinked(match);
          return (
            <li
              key={match.key}
              className="similar-match"
              data-testid="similar-match"
              data-kind={match.kind}
              data-linked={linked}
              data-first={index === 0}
            >
              <p className="similar-text">{match.text}</p>
              <p className="similar-meta">
                <span className={`similar-verdict group-${match.group ?? 'none'}`} data-testid="similar-verdict">
                  {match.verdict ?? 'No verdict yet'}
                  {match.verdict !== null && ` (${match.group === null ? 'unmapped rating' : GROUP_LABELS[match.group]})`}
                </span>
                {match.date !== null && <span> · {formatDay(match.date)}</span>}
                <span data-testid="similar-source">
                  {' · '}
                  {match.kind === 'factcheck' ? 'Fact-check' : 'Claim'}
                  {match.source ? `: ${match.source}` : ''}
                  {match.analyst ? ` (${match.analyst})` : ''}
                </span>
              </p>
              <ul className="similar-reasons" data-testid="similar-reasons">
                {match.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
              <div className="similar-actions">
                <button
                  type="button"
                  className="button button-quiet"
                  data-testid="similar-link"
                  aria-pressed={linked}
                  onClick={() => similar.linkSameClaim(match)}
                  {...button}
                >
                  {linked ? '✓ Same claim (unlink)' : 'Same claim'}
                </button>
                {copy && (
                  <>
                    <button
                      type="button"
                      className="button button-quiet"
                      data-testid="similar-copy-verdict"
                      disabled={match.verdict === null || match.group === null}
                      onClick={() => copy.verdict(match)}
                    >
                      Copy verdict
                    </button>
                    <button
                      type="button"
                      className="button button-quiet"
                      data-testid="similar-copy-sources"
                      onClick={() => copy.sources(match)}
                    >
                      Copy sources
                    </button>
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      {linkedElsewhere.length > 0 && (
        <>
          <h4 className="similar-subhead">Also linked as the same claim</h4>
          <ul className="similar-linked">
            {linkedElsewhere.map((link) => (
              <li key={referenceKey(link)} data-testid="similar-linked">
                “{link.text}” — {link.kind === 'factcheck' ? 'fact-check' : 'claim'}
                {link.title ? `: ${link.title}` : ''}{' '}
                <button
                  type="button"
                  className="button button-quiet"
                  data-testid="similar-unlink"
                  onClick={() => similar.unlink(referenceKey(link))}
                  {...button}
                >
                  Unlink
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
