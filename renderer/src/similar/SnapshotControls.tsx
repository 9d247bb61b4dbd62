import { useEffect, useRef, useState } from 'react';
import type { PageCheck } from '../../../shared/ipc/similar-contract';
import type { SnapshotRef } from '../../../shared/model/claim-record';
import { readFileForImport } from '../import/read-file';
import { formatDayTime } from '../ui/format-time';
import { messageOf } from '../ui/message-of';
import { useFilePick } from '../ui/use-file-pick';
import { bridgeClient } from './bridge-client';
import { SnapshotViewer } from './SnapshotViewer';

/** "archived 7 Dec, 14:03, sha256 0123abcd…": how a source's snapshot is cited. */
export function describeSnapshot(snapshot: SnapshotRef): string {
  const how = snapshot.how === 'fetched' ? 'archived' : 'saved copy attached';
  return `${how} ${formatDayTime(snapshot.retrieved)}, sha256 ${snapshot.sha256.slice(0, 12)}…`;
}

function describeCheck(check: PageCheck): string {
  if (!check.changed) return `Unchanged since the snapshot (checked ${formatDayTime(check.checked)}).`;
  return `Changed since the snapshot: ${check.edited} sentence${check.edited === 1 ? '' : 's'} edited, ${check.added} added, ${check.removed} removed (checked ${formatDayTime(check.checked)}).`;
}

/**
 * A source's snapshot: Save snapshot (fetched from main, only on this click; http(s) only), Attach
 * a saved copy (a page or PDF the analyst picked, for when offline), the snapshot's date and hash
 * once there is one, Open snapshot (its text, read-only) and Check for changes (fetched again and
 * compared; nothing stored). While a request runs the controls say so and wait.
 */
export function SnapshotControls({
  url,
  snapshot,
  onSnapshot,
}: {
  url: string;
  snapshot: SnapshotRef | undefined;
  onSnapshot: (snapshot: SnapshotRef) => void;
}) {
  const [busy, setBusy] = useState<string | null>(null);
  const [viewing, setViewing] = useState(false);
  const [message, setMessage] = useState<{ text: string; alert: boolean } | null>(null);
  // A fetch takes seconds; the source may be edited meanwhile, so the answer goes to the latest list.
  const latest = useRef(onSnapshot);
  useEffect(() => {
    latest.current = onSnapshot;
  });
  const client = bridgeClient();
  // The input shows only with the controls, once `attach` below exists for this client.
  const savedCopy = useFilePick((picked) => void attach(picked), {
    accept: '.html,.htm,.pdf,.mhtml,.txt,text/html,application/pdf',
    testId: 'snapshot-file',
  });
  // A snapshot is read by main's import worker, which takes seconds to start: start it when a source shows.
  useEffect(() => void client?.['import:prepare']({}).catch(() => {}), [client]);
  if (!client) return null;
  const web = /^https?:\/\//iu.test(url.trim());
  const run = async (doing: string, work: () => Promise<string | null>) => {
    setBusy(doing);
    setMessage(null);
    try {
      const said = await work();
      setMessage(said === null ? null : { text: said, alert: false });
    } catch (e) {
      setMessage({ text: messageOf(e), alert: true });
    } finally {
      setBusy(null);
    }
  };
  const save = () =>
    run(`Saving a snapshot of ${url.trim()}…`, async () => {
      const saved = await client['archive:snapshot']({ url: url.trim() });
      latest.current(saved.snapshot);
      return saved.internetArchive;
    });
  const attach = (picked: File) =>
    run(`Reading ${picked.name}…`, async () => {
      const { fileName, dataBase64 } = await readFileForImport(picked);
      latest.current((await client['archive:attach']({ url: url.trim().slice(0, 2_000), fileName, dataBase64 })).snapshot);
      return null;
    });
  const check = (record: string) => run('Fetching the page again…', async () => describeCheck(await client['archive:check']({ record })));
  return (
    <div className="snapshot" data-testid="snapshot">
      {snapshot && (
        <p className="snapshot-cited" data-testid="snapshot-cited">
          Snapshot: {describeSnapshot(snapshot)}
          {snapshot.how === 'fetched' && snapshot.finalUrl !== url.trim() ? ` (from ${snapshot.finalUrl})` : ''}
        </p>
      )}
      <div className="snapshot-actions">
        <button
          type="button"
          className="button button-quiet"
          data-testid="snapshot-save"
          disabled={!web || busy !== null}
          onClick={() => void save()}
        >
          {snapshot ? 'Save a new snapshot' : 'Save snapshot'}
        </button>
        <button
          type="button"
          className="button button-quiet"
          data-testid="snapshot-attach"
          disabled={busy !== null}
          onClick={savedCopy.open}
        >
          Attach a saved copy…
        </button>
        {savedCopy.input}
        {snapshot && (
          <button type="button" className="button button-quiet" data-testid="snapshot-open" onClick={() => setViewing(true)}>
            Open snapshot
          </button>
        )}
        {snapshot && web && (
          <button
            type="button"
            className="button button-quiet"
            data-testid="snapshot-check"
            disabled={busy !== null}
            onClick={() => void check(snapshot.record)}
          >
            Check for changes
          </button>
        )}
      </div>
      {viewing && snapshot && <SnapshotViewer record={snapshot.record} onClose={() => setViewing(false)} />}
      {busy !== null && (
        <p className="snapshot-busy" data-testid="snapshot-busy" role="status">
          {busy}
        </p>
      )}
      {message && (
        <p
          className={message.alert ? 'claim-warning' : 'snapshot-said'}
          data-testid="snapshot-message"
          role={message.alert ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
