import { Modal } from '../ui/Modal';
import './delete-for-good.css';

/** "1 article", "3 articles". */
export function articleCount(count: number): string {
  return `${count} article${count === 1 ? '' : 's'}`;
}

/**
 * Asks before articles in the trash are deleted for good, naming how many, that it cannot be
 * undone, and that an article a colleague has annotated stays in the casebook for them, hidden
 * from the analyst. Starts on Cancel, so Enter alone deletes nothing.
 */
export function DeleteForGoodDialog(props: { titles: readonly string[]; onConfirm: () => void; onClose: () => void }) {
  const { titles } = props;
  const what = titles.length === 1 ? `“${titles[0]}”` : articleCount(titles.length);
  return (
    <Modal title={titles.length === 1 ? 'Delete permanently?' : 'Empty the trash?'} testId="delete-for-good-dialog" onClose={props.onClose}>
      <div className="delete-for-good">
        <p data-testid="delete-for-good-question">
          Delete {what} permanently? Your annotations, notes and review on {titles.length === 1 ? 'it' : 'them'} go too. This cannot be
          undone.
        </p>
        <p className="hint">
          An article a colleague has annotated stays in the casebook for them, with their work, and is hidden from you. Their files are
          never removed.
        </p>
        <footer className="modal-actions">
          <button type="button" className="button" data-testid="delete-for-good-cancel" data-autofocus onClick={props.onClose}>
            Cancel
          </button>
          <button type="button" className="button button-danger" data-testid="delete-for-good-confirm" onClick={props.onConfirm}>
            Delete {articleCount(titles.length)} permanently
          </button>
        </footer>
      </div>
    </Modal>
  );
}
