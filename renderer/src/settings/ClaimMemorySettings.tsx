import { useEffect, useState } from 'react';
import { foldRating } from '../../../shared/factcheck/rating-groups';
import type { StoredRating } from '../../../shared/ipc/similar-contract';
import { VERDICT_GROUPS, type VerdictGroup } from '../../../shared/model/claim-record';
import type { Client } from '../ipc/client';
import { GROUP_LABELS } from '../labels/claim-labels';
import { messageOf } from '../ui/message-of';
import { mappingRows, type MappingRow } from './rating-mapping-rows';

type Table = Record<string, VerdictGroup>;

/**
 * Published fact-checks and evidence snapshots: the table mapping fact-checkers' ratings to our
 * groups (the defaults until edited; ratings the stored fact-checks carry that it does not map are
 * flagged), applied with its own button because applying re-maps every stored fact-check;
 * whether snapshots also go to the Internet Archive, and whether annotated articles' web pages are
 * checked for changes every hour (both off unless turned on; they apply at once).
 */
export function ClaimMemorySettings({ client }: { client: Client }) {
  const [table, setTable] = useState<Table | null>(null);
  const [defaults, setDefaults] = useState<Table>({});
  const [stored, setStored] = useState<StoredRating[]>([]);
  const [internetArchive, setInternetArchive] = useState(false);
  const [watch, setWatch] = useState(false);
  const [adding, setAdding] = useState('');
  const [said, setSaid] = useState<{ text: string; alert: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    client['factchecks:ratings']({}).then(
      (answer) => {
        setTable(answer.table);
        setDefaults(answer.defaults);
        setStored(answer.ratings);
      },
      (e: unknown) => setSaid({ text: messageOf(e), alert: true }),
    );
    client['settings:get']({}).then(
      (settings) => (setInternetArchive(settings.internetArchive ?? false), setWatch(settings.watchArticles ?? false)),
      () => {},
    );
  }, [client]);

  if (!table) return null;
  const rows = mappingRows(table, stored);
  const unmapped = rows.filter((r) => r.group === null && r.count > 0).length;
  const change = (row: MappingRow, group: VerdictGroup | null) => {
    const next = { ...table };
    if (group === null) delete next[row.key];
    else next[row.key] = group;
    setTable(next);
    setSaid(null);
  };
  const add = () => {
    const key = foldRating(adding);
    if (key === '') return;
    setTable({ ...table, [key]: table[key] ?? 'unverifiable' });
    setAdding('');
  };
  const apply = async () => {
    setBusy(true);
    try {
      const { changed, unmapped: left } = await client['factchecks:remap']({ table });
      const rest = left === 0 ? 'every stored rating is mapped' : `${left} still unmapped (kept, flagged)`;
      setSaid({ text: `Mapping saved: ${changed} stored fact-check${changed === 1 ? '' : 's'} changed group; ${rest}.`, alert: false });
      setStored((await client['factchecks:ratings']({})).ratings);
    } catch (e) {
      setSaid({ text: messageOf(e), alert: true });
    } finally {
      setBusy(false);
    }
  };
  const toggleArchive = (on: boolean) => {
    setInternetArchive(on);
    client['archive:setInternetArchive']({ on }).then(
      (answer) => setInternetArchive(answer.on),
      (e: unknown) => (setInternetArchive(!on), setSaid({ text: messageOf(e), alert: true })),
    );
  };

  const toggleWatch = (on: boolean) => {
    setWatch(on);
    client['archive:setWatch']({ on }).then(
      (answer) => setWatch(answer.on),
      (e: unknown) => (setWatch(!on), setSaid({ text: messageOf(e), alert: true })),
    );
  };

  return (
    <>
      <fieldset className="rating-mapping" data-testid="rating-mapping">
        <legend>Published fact-checks: rating mapping</legend>
        <p className="hint">
          How imported ClaimReview ratings count (matched ignoring case, hyphens and end punctuation).
          {unmapped > 0 && (
            <strong data-testid="rating-unmapped-count">
              {' '}
              {unmapped} rating{unmapped === 1 ? '' : 's'} in stored fact-checks {unmapped === 1 ? 'is' : 'are'} not mapped.
            </strong>
          )}
        </p>
        <table className="rating-mapping-table">
          <thead>
            <tr>
              <th scope="col">Rating</th>
              <th scope="col">Counts as</th>
              <th scope="col">Stored</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-testid="rating-row" data-rating={row.key} data-unmapped={row.group === null}>
                <th scope="row">
                  {row.label}
                  {row.group === null && (
                    <span className="claim-warning" data-testid="rating-unmapped">
                      {' '}
                      ⚠ not mapped
                    </span>
                  )}
                  {row.group !== null && defaults[row.key] !== undefined && defaults[row.key] !== row.group && (
                    <small> (default: {GROUP_LABELS[defaults[row.key]!]})</small>
                  )}
                </th>
                <td>
                  <select
                    data-testid="rating-group"
                    aria-label={`${row.label} counts as`}
                    value={row.group ?? ''}
                    onChange={(e) => change(row, e.currentTarget.value === '' ? null : (e.currentTarget.value as VerdictGroup))}
                  >
                    <option value="">Not mapped</option>
                    {VERDICT_GROUPS.map((g) => (
                      <option key={g} value={g}>
                        {GROUP_LABELS[g]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>{row.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="rating-mapping-actions">
          <input
            data-testid="rating-add-name"
            aria-label="Another rating"
            placeholder="Another rating, e.g. Spin"
            value={adding}
            onChange={(e) => setAdding(e.currentTarget.value)}
          />
          <button type="button" className="button" data-testid="rating-add" onClick={add} disabled={foldRating(adding) === ''}>
            Add
          </button>
          <button type="button" className="button" data-testid="rating-defaults" onClick={() => setTable({ ...defaults })}>
            Restore defaults
          </button>
          <button type="button" className="button button-primary" data-testid="rating-apply" disabled={busy} onClick={() => void apply()}>
            Apply mapping
          </button>
        </div>
        {said && (
          <p className={said.alert ? 'form-error' : 'hint'} role={said.alert ? 'alert' : 'status'} data-testid="rating-said">
            {said.text}
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend>Evidence snapshots</legend>
        <label className="field field-check">
          <input
            type="checkbox"
            data-testid="settings-internet-archive"
            checked={internetArchive}
            onChange={(e) => toggleArchive(e.currentTarget.checked)}
          />
          <span>Also ask the Internet Archive to save each URL I snapshot (sends the URL to web.archive.org; applies at once)</span>
        </label>
        <label className="field field-check">
          <input
            type="checkbox"
            data-testid="settings-watch-articles"
            checked={watch}
            onChange={(e) => toggleWatch(e.currentTarget.checked)}
          />
          <span>
            Every hour while Factmark runs, check the web pages of articles I annotated for changes; a changed text becomes a new version
          </span>
        </label>
      </fieldset>
    </>
  );
}
