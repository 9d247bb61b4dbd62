import { useEffect, useState } from 'react';
import { Modal } from './Modal';

/**
 * "Paste as new article": a text area (pre-filled from the clipboard when the page may read
 * it) and an optional title. Ctrl+Enter imports.
 */
export function PasteDialog({ onClose, onSubmit }: { onClose: () => void; onSubmit: (text: string, title: string) => void }) {
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  useEffect(() => {
    let cancelled = false;
    // Reading the clipboard may be refused; the analyst can still paste by hand.
    navigator.clipboard?.readText().then(
      (clip) => !cancelled && clip.trim() && setText((current) => current || clip),
      () => {},
    );
    return () => {
      cancelled = true;
    };
  }, []);
  const submit = () => text.trim() && onSubmit(text, title.trim());
  return (
    <Modal title="Paste as new article" testId="paste-dialog" onClose={onClose} wide>
      <form
        className="paste-form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <label className="field">
          <span>Title (optional)</span>
          <input data-testid="paste-title" value={title} onChange={(e) => setTitle(e.target.value)} placeholder="Taken from the first line if empty" />
        </label>
        <label className="field">
          <span>Article text</span>
          <textarea
            data-testid="paste-text"
            value={text}
            autoFocus
            rows={14}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                submit();
              }
            }}
            placeholder="Paste the article here"
          />
        </label>
        <footer className="modal-actions">
          <span className="hint">{text.length.toLocaleString()} characters</span>
          <button type="button" className="button" data-testid="paste-cancel" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" data-testid="paste-submit" disabled={!text.trim()}>
            Import <kbd>Ctrl+Enter</kbd>
          </button>
        </footer>
      </form>
    </Modal>
  );
}
