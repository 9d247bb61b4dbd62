import type { Platform } from '../../../shared/commands';
import { helpSections } from '../commands/help-sections';
import { Modal } from '../ui/Modal';

/** The keyboard and mouse reference: every command of the registry by menu, then the reader's own keys. */
export function HelpDialog({ platform, onClose }: { platform: Platform; onClose: () => void }) {
  return (
    <Modal title="Keyboard and mouse" testId="help-dialog" onClose={onClose} wide>
      <div className="help-sections">
        {helpSections(platform).map((section) => (
          <section key={section.title} className="help-section" aria-labelledby={`help-${section.title}`}>
            <h3 id={`help-${section.title}`}>{section.title}</h3>
            <table className="shortcuts">
              <tbody>
                {section.rows.map((row) => (
                  <tr key={row.label ?? row.does} data-testid="help-row" {...(row.commandId && { 'data-command-id': row.commandId })}>
                    <th scope="row">
                      {row.keys.map((keys) => (
                        <kbd key={keys}>{keys}</kbd>
                      ))}
                      {row.keys.length === 0 && <span className="hint">menu only</span>}
                    </th>
                    <td>
                      {row.label && <strong className="help-label">{row.label}</strong>}
                      {row.does}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
    </Modal>
  );
}
