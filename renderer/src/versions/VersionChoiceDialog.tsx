import { Modal } from '../ui/Modal';
import type { VersionChoice } from './import-with-version-check';

interface VersionChoiceProps {
  title: string;
  versions: number;
  onChoose: (choice: VersionChoice) => void;
}

/** Asks whether a file whose canonical URL matches a library article is a new version of it. */
export function VersionChoiceDialog({ title, versions, onChoose }: VersionChoiceProps) {
  return (
    <Modal title="Same article already in the library" testId="version-choice" onClose={() => onChoose(null)}>
      <div className="version-choice">
        <p>
          This file has the same web address as <strong>{title}</strong>, which has{' '}
          {versions === 1 ? 'one version' : `${versions} versions`}. Adding it as a version keeps your annotations and shows what the
          publisher changed.
        </p>
        <div className="version-choice-actions">
          <button
            type="button"
            className="button button-primary"
            data-testid="add-as-version"
            autoFocus
            onClick={() => onChoose('version')}
          >
            Add as version {versions + 1} of “{title}”
          </button>
          <button type="button" className="button" data-testid="import-separately" onClick={() => onChoose('separate')}>
            Import as a separate article
          </button>
        </div>
      </div>
    </Modal>
  );
}
