import { useEffect, useRef, useState } from 'react';
import { htmlOfPaste, readClipboardArticle } from '../import/read-clipboard';
import { Modal } from '../ui/Modal';

/**
 * "Paste as new article": a text area (pre-filled from the clipboard when the page may read
 * it) and an optional title. Ctrl+Enter imports. When the clipboard holds HTML (copied from a
 * web page), that HTML is what is imported, so headings, links and images survive; it is sent
 * to main as a string and parsed there, never in this page. Editing the text by hand, or
 * "Use plain text", imports the text instead.
 */
export function PasteDialog({
  onClose,
  onSubmit,
}: {
  onClose: () => void;
  onSubmit: (text: string, title: string, html?: string) => void;
}) {
  const [text, setText] = useState('');
  const [html, setHtml] = useState<string | undefined>(undefined);
  const [title, setTitle] = useState('');
  const pasting = useRef(false);
  const touched = useRef(false);
  useEffect(() => {
    let cancelled = false;
    void readClipboardArticle().then((clip) => {
      // What the analyst pasted or typed meanwhile wins over what the clipboard held.
      if (cancelled || touched.current || !clip || (!clip.text.trim() && !clip.html)) return;
      setText(clip.text);
      setHtml(clip.html);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  const submit = () => (text.trim() || html) && onSubmit(text, title.trim(), html);
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
          <input
            data-testid="paste-title"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder="Taken from the first line if empty"
          />
        </label>
        <label className="field">
          <span>Article text</span>
          <textarea
            data-testid="paste-text"
            value={text}
            data-autofocus
            rows={14}
            onPaste={(e) => {
              touched.current = true;
              const pasted = htmlOfPaste(e.clipboardData);
              if (pasted === undefined) {
                setHtml(undefined);
                return;
              }
              // The web page's HTML replaces the dialog's content, so the text shown is what it carried.
              e.preventDefault();
              pasting.current = true;
              setHtml(pasted);
              setText(e.clipboardData.getData('text/plain'));
            }}
            onChange={(e) => {
              touched.current = true;
              if (!pasting.current) setHtml(undefined);
              pasting.current = false;
              setText(e.target.value);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                submit();
              }
            }}
            placeholder="Paste the article here"
          />
        </label>
        {html !== undefined && (
          <p className="paste-html-note" data-testid="paste-html-note">
            Copied from a web page: its headings, links and image descriptions will be kept (nothing in it runs).
            <button type="button" className="button button-small button-quiet" data-testid="paste-plain" onClick={() => setHtml(undefined)}>
              Use plain text
            </button>
          </p>
        )}
        <footer className="modal-actions">
          <span className="hint">{text.length.toLocaleString()} characters</span>
          <button type="button" className="button" data-testid="paste-cancel" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" data-testid="paste-submit" disabled={!text.trim() && html === undefined}>
            Import <kbd>Ctrl+Enter</kbd>
          </button>
        </footer>
      </form>
    </Modal>
  );
}
