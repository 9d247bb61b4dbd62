import { useMemo, useState, type KeyboardEvent } from 'react';
import { COMMANDS, isConditionMet, labelFor, plainLabel, type CommandId, type CommandState, type Platform } from '../../../shared/commands';
import { Modal } from '../ui/Modal';
import { filterPalette } from './palette-filter';
import { ariaShortcuts, shortcutLabel } from './shortcut-label';
import '../styles/commands.css';

type PaletteProps = {
  platform: Platform;
  /** The state when the palette opened, focus as it was before it. */
  state: CommandState;
  /** Runs the chosen command; the palette has closed by then. */
  onRun: (id: CommandId) => void;
  onClose: () => void;
};

/**
 * The command palette: every registry command, filtered as the analyst types (words may come
 * from the label, the menu or the description), ↑/↓ to choose, Enter or a click to run, each
 * with its menu and key. Commands that cannot run now are listed last, dimmed, and do not run.
 */
export function CommandPalette({ platform, state, onRun, onClose }: PaletteProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const entries = useMemo(() => COMMANDS.map((command) => ({ command, enabled: isConditionMet(command.enabledWhen, state) })), [state]);
  const shown = filterPalette(entries, query);
  const at = Math.min(active, Math.max(0, shown.length - 1));

  const choose = (index: number) => {
    const entry = shown[index];
    if (entry?.enabled) onRun(entry.command.id);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((at + step + shown.length) % Math.max(1, shown.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(at);
    }
  };

  return (
    <Modal title="Run a command" testId="command-palette" onClose={onClose} className="palette">
      <div className="palette-body">
        <input
          type="text"
          className="palette-input"
          data-autofocus
          data-testid="palette-input"
          role="combobox"
          aria-expanded="true"
          aria-controls="palette-list"
          aria-activedescendant={shown[at] ? `palette-${shown[at].command.id}` : undefined}
          aria-label="Command"
          placeholder="Type a command…"
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <ul id="palette-list" role="listbox" className="palette-list" aria-label="Commands">
          {shown.map(({ command, enabled }, index) => (
            <li
              key={command.id}
              id={`palette-${command.id}`}
              role="option"
              className="palette-option"
              aria-selected={index === at}
              aria-disabled={!enabled}
              aria-keyshortcuts={ariaShortcuts(command, platform)}
              data-testid="palette-option"
              data-command-id={command.id}
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => index !== at && setActive(index)}
              onClick={() => choose(index)}
            >
              <span className="palette-label">{plainLabel(labelFor(command, platform))}</span>
              <span className="palette-menu">{command.menu}</span>
              {shortcutLabel(command, platform) && <kbd>{shortcutLabel(command, platform)}</kbd>}
            </li>
          ))}
          {shown.length === 0 && <li className="palette-empty hint">No command matches “{query}”.</li>}
        </ul>
      </div>
    </Modal>
  );
}
