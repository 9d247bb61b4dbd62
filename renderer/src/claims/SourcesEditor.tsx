import { SOURCE_KINDS, type EvidenceSource } from '../../../shared/model/claim-record';
import { HiddenCharacters } from '../ui/HiddenCharacters';
import { SOURCE_KIND_LABELS } from '../labels/claim-labels';
import { omitField } from './omit-field';
import { CopiedFrom } from '../similar/CopiedFrom';
import { SnapshotControls } from '../similar/SnapshotControls';

const EMPTY: EvidenceSource = { url: '', title: '', publisher: '', excerpt: '', kind: 'news-report', anonymous: false };

/**
 * The sources an evidence annotation (or a claim, copied from an earlier check) cites: URL, title,
 * publisher, excerpt, access date, kind, whether the source is anonymous, where a copied one came
 * from, and its snapshot (save, attach, check for changes). `onChange` gets the whole new list and the field edited,
 * so typing in one field undoes as one step.
 */
export function SourcesEditor({
  sources,
  onChange,
}: {
  sources: readonly EvidenceSource[];
  onChange: (sources: EvidenceSource[], field: string) => void;
}) {
  const edit = (index: number, patch: Partial<EvidenceSource>, field: string) =>
    onChange(
      sources.map((s, i) => (i === index ? { ...s, ...patch } : s)),
      `source:${index}:${field}`,
    );
  return (
    <section className="sources" data-testid="sources-editor">
      <h3 className="claim-subhead">Sources</h3>
      {sources.length === 0 && <p className="hint">No source cited yet.</p>}
      {sources.map((source, index) => (
        <fieldset key={index} className="source" data-testid="source">
          <legend>Source {index + 1}</legend>
          <label className="field field-wide">
            <span>URL</span>
            <input data-testid="source-url" type="url" value={source.url} onChange={(e) => edit(index, { url: e.target.value }, 'url')} />
            <HiddenCharacters text={source.url} testId="source-url-hidden" whole />
          </label>
          <label className="field">
            <span>Title</span>
            <input data-testid="source-title" value={source.title} onChange={(e) => edit(index, { title: e.target.value }, 'title')} />
          </label>
          <label className="field">
            <span>Publisher</span>
            <input
              data-testid="source-publisher"
              value={source.publisher}
              onChange={(e) => edit(index, { publisher: e.target.value }, 'publisher')}
            />
          </label>
          <label className="field">
            <span>Kind</span>
            <select
              data-testid="source-kind"
              value={source.kind}
              onChange={(e) => edit(index, { kind: e.target.value as EvidenceSource['kind'] }, 'kind')}
            >
              {SOURCE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {SOURCE_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Accessed</span>
            <input
              data-testid="source-accessed"
              type="date"
              value={source.accessed ?? ''}
              onChange={(e) => {
                onChange(
                  sources.map((s, i) =>
                    i === index ? (e.target.value ? { ...s, accessed: e.target.value } : omitField(s, 'accessed')) : s,
                  ),
                  `source:${index}:accessed`,
                );
              }}
            />
          </label>
          <label className="field field-wide">
            <span>Excerpt</span>
            <textarea
              data-testid="source-excerpt"
              rows={2}
              value={source.excerpt}
              onChange={(e) => edit(index, { excerpt: e.target.value }, 'excerpt')}
            />
          </label>
          <label className="field field-check">
            <input
              data-testid="source-anonymous"
              type="checkbox"
              checked={source.anonymous}
              onChange={(e) => edit(index, { anonymous: e.target.checked }, 'anonymous')}
            />
            <span>Anonymous (the source is not named)</span>
          </label>
          {source.copiedFrom && <CopiedFrom reference={source.copiedFrom} />}
          <SnapshotControls url={source.url} snapshot={source.snapshot} onSnapshot={(snapshot) => edit(index, { snapshot }, 'snapshot')} />
          <button
            type="button"
            className="button button-quiet"
            data-testid="source-remove"
            onClick={() =>
              onChange(
                sources.filter((_, i) => i !== index),
                'remove',
              )
            }
          >
            Remove source {index + 1}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button"
        data-testid="source-add"
        onClick={() => onChange([...sources, { ...EMPTY, accessed: new Date().toISOString().slice(0, 10) }], 'add')}
      >
        Add a source
      </button>
    </section>
  );
}
