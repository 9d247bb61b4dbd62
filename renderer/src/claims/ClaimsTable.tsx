import { useMemo, useState, useSyncExternalStore } from 'react';
import { describeSourceWarning, filterClaimRows, sortClaimRows, type ClaimFilter, type ClaimSortKey } from '../../../shared/claims';
import { CLAIM_STATUSES, VERDICT_GROUPS } from '../../../shared/model/claim-record';
import type { ClaimsController } from './claims-controller';
import { GROUP_LABELS, STATUS_LABELS } from '../labels/claim-labels';

const COLUMNS: readonly { key: ClaimSortKey; label: string; title: string }[] = [
  { key: 'position', label: '#', title: 'Order in the article' },
  { key: 'statement', label: 'Claim', title: 'Claim statement (or the sentence)' },
  { key: 'claimant', label: 'Claimant', title: 'Who made the claim' },
  { key: 'status', label: 'Status', title: 'Where the check stands' },
  { key: 'verdict', label: 'Verdict', title: 'Rating, grouped true → mixed → false → unverifiable' },
  { key: 'supports', label: 'For', title: 'Evidence supporting the claim' },
  { key: 'refutes', label: 'Against', title: 'Evidence and denials refuting the claim' },
];

/** Whether a verdict already says its group ("False" rated false), so the group is not shown twice. */
const sameWords = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Every claim of the article: claimant, status, verdict (with its common group when the verdict's
 * own words do not already say it), counts of supporting and refuting evidence. Sortable by any column, filterable by words, status and verdict; a row click
 * (or Enter on it) jumps to the sentence.
 */
export function ClaimsTable({ controller }: { controller: ClaimsController }) {
  const store = controller.session.annotations;
  useSyncExternalStore(store.subscribe, store.getSnapshot);
  useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  const [sort, setSort] = useState<{ key: ClaimSortKey; descending: boolean }>({ key: 'position', descending: false });
  const [filter, setFilter] = useState<ClaimFilter>({});
  const view = controller.view();
  // The view is a new object whenever the annotations change, so it stands for them here.
  const rows = useMemo(() => sortClaimRows(filterClaimRows(view.rows, filter), sort.key, sort.descending), [view, filter, sort]);

  const sortBy = (key: ClaimSortKey) => setSort((s) => ({ key, descending: s.key === key ? !s.descending : false }));
  const go = (id: string) => controller.session.cursor.goTo(id);

  return (
    <section className="claims-table-panel" data-testid="claims-table" aria-label="Claims">
      <div className="claims-filters">
        <input
          data-testid="claims-filter-text"
          type="search"
          placeholder="Filter by words…"
          aria-label="Filter claims by words"
          value={filter.text ?? ''}
          onChange={(e) => setFilter((f) => ({ ...f, text: e.target.value }))}
        />
        <select
          data-testid="claims-filter-status"
          aria-label="Filter by status"
          value={filter.status ?? ''}
          onChange={(e) =>
            setFilter(({ status: _s, ...f }) => (e.target.value ? { ...f, status: e.target.value as ClaimFilter['status'] & string } : f))
          }
        >
          <option value="">Any status</option>
          {CLAIM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        <select
          data-testid="claims-filter-verdict"
          aria-label="Filter by verdict"
          value={filter.verdict ?? ''}
          onChange={(e) =>
            setFilter(({ verdict: _v, ...f }) =>
              e.target.value ? { ...f, verdict: e.target.value as ClaimFilter['verdict'] & string } : f,
            )
          }
        >
          <option value="">Any verdict</option>
          {VERDICT_GROUPS.map((g) => (
            <option key={g} value={g}>
              Rated {GROUP_LABELS[g]}
            </option>
          ))}
          <option value="none">No verdict yet</option>
          <option value="problem">Rating not on the scale</option>
        </select>
        <span className="claims-count" data-testid="claims-count">
          {rows.length} of {view.rows.length}
        </span>
      </div>
      {view.rows.length === 0 ? (
        <p className="hint claims-empty">No claims yet. Tag a sentence with 1, then press V to record who said it and your verdict.</p>
      ) : (
        <div className="claims-scroll">
          <p className="hint claims-legend" data-testid="claims-legend">
            <strong>For</strong>: evidence supporting the claim. <strong>Against</strong>: evidence and denials refuting it.
          </p>
          <table className="claims">
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th
                    key={c.key}
                    scope="col"
                    aria-sort={sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
                    className={`col-${c.key}`}
                  >
                    <button
                      type="button"
                      className="sort-button"
                      data-testid={`sort-${c.key}`}
                      title={`${c.title} — click to sort`}
                      aria-label={`${c.title}; sort`}
                      onClick={() => sortBy(c.key)}
                    >
                      {c.label}
                      <span aria-hidden="true">{sort.key === c.key ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr
                  key={row.id}
                  data-testid="claim-row"
                  data-claim-id={row.id}
                  data-group={row.group ?? ''}
                  tabIndex={0}
                  onClick={() => go(row.id)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') go(row.id);
                  }}
                >
                  <td className="col-position">C{view.numbers.get(row.id)}</td>
                  <td className="col-statement" title={row.quote} data-testid="claim-row-statement">
                    {row.statement || <em>{row.quote}</em>}
                  </td>
                  <td className="col-claimant" data-testid="claim-row-claimant">
                    {row.claimant || '—'}
                  </td>
                  <td className="col-status" data-testid="claim-row-status">
                    {STATUS_LABELS[row.status]}
                  </td>
                  <td className="col-verdict" data-testid="claim-row-verdict">
                    {row.verdict ? (
                      <>
                        {row.verdict}
                        {row.group && !sameWords(row.verdict, GROUP_LABELS[row.group]) && (
                          <span className={`group-pill group-${row.group}`} title="The verdict's common group, across rating scales">
                            {GROUP_LABELS[row.group]}
                          </span>
                        )}
                      </>
                    ) : (
                      '—'
                    )}
                    {row.verdictProblem && (
                      <span className="claim-warning" data-testid="claim-row-problem" title={row.verdictProblem}>
                        {' '}
                        ⚠ not on the scale
                      </span>
                    )}
                    {row.warnings.length > 0 && (
                      <span
                        className="claim-warning"
                        data-testid="claim-row-source-warning"
                        title={row.warnings.map(describeSourceWarning).join(' ')}
                      >
                        {' '}
                        ⚠ sources
                      </span>
                    )}
                  </td>
                  <td className="col-supports" data-testid="claim-row-supports">
                    {row.supports}
                  </td>
                  <td className="col-refutes" data-testid="claim-row-refutes">
                    {row.refutes}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
