import { useEffect, useRef, useState } from 'react';
import { TAGS, type Tag } from '../../../shared/model/annotation';
import { EXPORT_FORMATS, formatFacts, type ExportFormat } from '../../../shared/report/export-format';
import { Modal } from '../ui/Modal';
import { messageOf } from '../ui/message-of';
import type { Client } from '../ipc/client';
import { tagLabel } from '../labels/tag-labels';
import { runWithProgress } from './export-progress';
import { analystChoices, describeFilter, initialScopeKind, scopeOf, type AnalystChoice, type ScopeKind } from './export-scope-choice';
import { saveDownload } from './save-download';
import './export-dialog.css';

type Phase =
  | { kind: 'choosing' }
  | { kind: 'exporting'; slow: boolean }
  | { kind: 'done'; fileName: string; notes: string[] }
  | { kind: 'failed'; message: string };

/**
 * File › Export…: the format, what to cover (the whole document, the sidebar's current filter —
 * chosen from the start when one is active — some tags, some analysts or the adjudicated layer),
 * and Export, which has main build the file and hands it to the browser's save path. Says it is
 * working when that takes over half a second; lists what was left out (skipped claims) before
 * closing. `filter`: the tags the sidebar shows while its filter hides some, else null.
 */
export function ExportDialog({
  client,
  documentId,
  filter,
  onClose,
}: {
  client: Client;
  documentId: string;
  filter: readonly Tag[] | null;
  onClose: () => void;
}) {
  const [format, setFormat] = useState<ExportFormat>('html');
  const [scopeKind, setScopeKind] = useState<ScopeKind>(() => initialScopeKind(filter));
  const [tags, setTags] = useState<ReadonlySet<Tag>>(() => new Set(filter ?? TAGS));
  const [analysts, setAnalysts] = useState<AnalystChoice[]>([]);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [phase, setPhase] = useState<Phase>({ kind: 'choosing' });
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    client['layers:list']({ documentId }).then(
      (layers) => {
        if (!mounted.current) return;
        const choices = analystChoices(layers);
        setAnalysts(choices);
        setChosen(new Set(choices.filter((c) => c.chosen).map((c) => c.id)));
      },
      // Without the list the analysts choice is simply not offered.
      () => {},
    );
    return () => {
      mounted.current = false;
    };
  }, [client, documentId]);

  const scope = scopeOf(scopeKind, { filter, tags, analysts: chosen });
  const nothingChosen = (scope.tags?.length ?? 1) === 0 || (scope.analysts?.length ?? 1) === 0;

  const run = async () => {
    setPhase({ kind: 'exporting', slow: false });
    const showProgress = () => mounted.current && setPhase((p) => (p.kind === 'exporting' ? { kind: 'exporting', slow: true } : p));
    try {
      const result = await runWithProgress(() => client['document:export']({ documentId, format, scope }), showProgress);
      saveDownload(result.fileName, result.mediaType, result.dataBase64);
      if (!mounted.current) return;
      if (result.notes.length === 0) onClose();
      else setPhase({ kind: 'done', fileName: result.fileName, notes: result.notes });
    } catch (error) {
      if (mounted.current) setPhase({ kind: 'failed', message: messageOf(error) });
    }
  };

  const busy = phase.kind === 'exporting';
  return (
    <Modal title="Export" testId="export-dialog" onClose={onClose}>
      <form
        className="export-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy && !nothingChosen) void run();
        }}
      >
        <label className="field">
          <span>Format</span>
          <select data-testid="export-format" value={format} autoFocus onChange={(e) => setFormat(e.target.value as ExportFormat)}>
            {EXPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {formatFacts(f).label}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>Include</legend>
          <ScopeRadio kind="document" current={scopeKind} onChange={setScopeKind} label="The whole document" />
          {filter && <ScopeRadio kind="filter" current={scopeKind} onChange={setScopeKind} label={describeFilter(filter)} />}
          <ScopeRadio kind="tags" current={scopeKind} onChange={setScopeKind} label="Only these tags" />
          {scopeKind === 'tags' && (
            <div className="export-choices">
              {TAGS.map((tag) => (
                <label key={tag} className="export-choice">
                  <input
                    type="checkbox"
                    data-testid={`export-tag-${tag}`}
                    checked={tags.has(tag)}
                    onChange={() => setTags(toggled(tags, tag))}
                  />
                  {tagLabel(tag)}
                </label>
              ))}
            </div>
          )}
          {analysts.length > 0 && <ScopeRadio kind="analysts" current={scopeKind} onChange={setScopeKind} label="Only these analysts" />}
          {scopeKind === 'analysts' && (
            <div className="export-choices">
              {analysts.map((a) => (
                <label key={a.id} className="export-choice">
                  <input
                    type="checkbox"
                    data-testid="export-analyst"
                    data-analyst-id={a.id}
                    checked={chosen.has(a.id)}
                    onChange={() => setChosen(toggled(chosen, a.id))}
                  />
                  {a.label}
                </label>
              ))}
            </div>
          )}
        </fieldset>
        {phase.kind === 'exporting' && phase.slow && (
          <p className="export-status" role="status" data-testid="export-progress">
            Exporting {formatFacts(format).label}…
          </p>
        )}
        {phase.kind === 'failed' && (
          <p className="export-error" role="alert" data-testid="export-error">
            {phase.message}
          </p>
        )}
        {phase.kind === 'done' && (
          <div role="status" data-testid="export-notes">
            <p className="export-status">Saved {phase.fileName}. Left out:</p>
            <ul className="export-notes">
              {phase.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </div>
        )}
        <footer className="modal-actions">
          <button type="button" className="button" data-testid="export-cancel" onClick={onClose}>
            {phase.kind === 'done' ? 'Close' : 'Cancel'}
          </button>
          <button type="submit" className="button button-primary" data-testid="export-submit" disabled={busy || nothingChosen}>
            Export
          </button>
        </footer>
      </form>
    </Modal>
  );
}

function ScopeRadio({
  kind,
  current,
  onChange,
  label,
}: {
  kind: ScopeKind;
  current: ScopeKind;
  onChange: (kind: ScopeKind) => void;
  label: string;
}) {
  return (
    <label className="export-choice">
      <input
        type="radio"
        name="export-scope"
        data-testid={`export-scope-${kind}`}
        checked={current === kind}
        onChange={() => onChange(kind)}
      />
      {label}
    </label>
  );
}

function toggled<T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> {
  const next = new Set(set);
  if (!next.delete(value)) next.add(value);
  return next;
}
