import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { TextDiff } from '../../../shared/diff';
import type { ArticleVersion } from '../../../shared/versions/version-record';
import { Modal } from '../ui/Modal';
import { formatDayTime } from '../ui/format-time';
import { messageOf } from '../ui/message-of';
import type { Client } from '../ipc/client';

interface DiffViewProps {
  client: Client;
  documentId: string;
  versions: readonly ArticleVersion[];
  onClose: () => void;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * What the publisher changed between two versions: the newer text with insertions (green,
 * underlined) and deletions (red, struck through) in place, the count of changed sentences,
 * and N/J and P/K (or the buttons) to step through the changes. Keys pressed here stay here,
 * so they never tag the article behind the dialog.
 */
export function DiffView({ client, documentId, versions, onClose }: DiffViewProps) {
  const latest = versions.length;
  const [from, setFrom] = useState(Math.max(1, latest - 1));
  const [to, setTo] = useState(latest);
  const [diff, setDiff] = useState<TextDiff | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [current, setCurrent] = useState(-1);
  const body = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let cancelled = false;
    setDiff(null);
    setCurrent(-1);
    client['document:diff']({ documentId, from, to }).then(
      (answer) => !cancelled && setDiff(answer),
      (e: unknown) => !cancelled && setError(messageOf(e)),
    );
    return () => {
      cancelled = true;
    };
  }, [client, documentId, from, to]);

  const go = useCallback(
    (step: 1 | -1) => {
      if (!diff || diff.changes.length === 0) return;
      const next = current < 0 ? (step === 1 ? 0 : diff.changes.length - 1) : (current + step + diff.changes.length) % diff.changes.length;
      setCurrent(next);
      body.current?.querySelector(`[data-change="${next}"]`)?.scrollIntoView({ block: 'center' });
    },
    [diff, current],
  );

  const onKeyDown = (event: KeyboardEvent) => {
    // The reader's keys listen on the window: nothing typed in the comparison may reach them.
    event.stopPropagation();
    if (event.ctrlKey || event.metaKey || event.altKey || event.target instanceof HTMLSelectElement) return;
    const key = event.key.toLowerCase();
    if (key === 'n' || key === 'j') go(1);
    else if (key === 'p' || key === 'k') go(-1);
    else return;
    event.preventDefault();
  };

  const totals = diff?.sentences;
  const changed = totals ? totals.edited + totals.inserted + totals.deleted : 0;
  return (
    <Modal title="Compare versions" testId="diff-view" onClose={onClose} wide>
      <div className="diff-view" onKeyDown={onKeyDown}>
        <table className="version-list" data-testid="version-list">
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Imported</th>
              <th scope="col">File</th>
              <th scope="col">Characters</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.number} data-testid="version-row">
                <td>{v.number}</td>
                <td>{formatDayTime(v.importedAt)}</td>
                <td className="version-file">{v.fileName}</td>
                <td>{v.characters.toLocaleString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="diff-controls">
          <VersionSelect label="From" testId="diff-from" versions={versions} value={from} onChange={setFrom} />
          <VersionSelect label="to" testId="diff-to" versions={versions} value={to} onChange={setTo} />
          <span className="diff-summary" data-testid="diff-summary" aria-live="polite">
            {totals &&
              (changed === 0
                ? 'No sentence changed'
                : `${plural(changed, 'sentence')} changed: ${totals.edited} edited, ${totals.deleted} deleted, ${totals.inserted} added`)}
          </span>
          <span className="toolbar-spacer" />
          <button
            type="button"
            className="button button-small"
            data-testid="diff-previous"
            disabled={!diff?.changes.length}
            onClick={() => go(-1)}
            title="Previous change (P or K)"
          >
            ↑ Previous
          </button>
          <button
            type="button"
            className="button button-small"
            data-testid="diff-next"
            disabled={!diff?.changes.length}
            onClick={() => go(1)}
            title="Next change (N or J)"
          >
            ↓ Next
          </button>
          <span className="hint" data-testid="diff-position">
            {diff &&
              diff.changes.length > 0 &&
              (current >= 0 ? `Change ${current + 1} of ${diff.changes.length}` : `${plural(diff.changes.length, 'change')}`)}
          </span>
        </div>
        {error && (
          <p className="diff-error" role="alert">
            {error}
          </p>
        )}
        <div
          className="diff-text"
          ref={body}
          data-testid="diff-text"
          tabIndex={0}
          aria-label={`Version ${to} compared with version ${from}`}
        >
          {diff ? <DiffSegments diff={diff} current={current} /> : !error && <p className="hint">Comparing…</p>}
        </div>
        <p className="hint diff-legend">
          <ins className="diff-insert">Added text</ins> is green and underlined; <del className="diff-delete">removed text</del> is red and
          struck through.
        </p>
      </div>
    </Modal>
  );
}

/** The segments as text, each change's first segment carrying its index for navigation. */
function DiffSegments({ diff, current }: { diff: TextDiff; current: number }) {
  const firsts = new Map(diff.changes.map((c, i) => [c.firstSegment, i]));
  return (
    <>
      {diff.segments.map((segment, i) => {
        const change = firsts.get(i);
        const mark = change === undefined ? {} : { 'data-change': change };
        const active = segment.change !== undefined && segment.change === current ? ' diff-current' : '';
        if (segment.kind === 'equal')
          return (
            <span key={i} {...mark}>
              {segment.text}
            </span>
          );
        if (segment.kind === 'insert') {
          return (
            <ins key={i} className={`diff-insert${active}`} data-testid="diff-insert" {...mark}>
              <span className="visually-hidden">added: </span>
              {segment.text}
            </ins>
          );
        }
        return (
          <del key={i} className={`diff-delete${active}`} data-testid="diff-delete" {...mark}>
            <span className="visually-hidden">removed: </span>
            {segment.text}
          </del>
        );
      })}
    </>
  );
}

/** One end of the comparison: a labelled choice of version. */
function VersionSelect(props: {
  label: string;
  testId: string;
  versions: readonly ArticleVersion[];
  value: number;
  onChange: (version: number) => void;
}) {
  return (
    <label>
      {props.label}{' '}
      <select data-testid={props.testId} value={props.value} onChange={(e) => props.onChange(Number(e.currentTarget.value))}>
        {props.versions.map((v) => (
          <option key={v.number} value={v.number}>
            Version {v.number}
          </option>
        ))}
      </select>
    </label>
  );
}
