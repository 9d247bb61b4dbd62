import { useId, useMemo, useState } from 'react';
import { normaliseLanguageTag } from '../../../shared/language';
import { LANGUAGE_CHOICES, languageName, nativeLanguageName } from '../labels/language-labels';
import { Modal } from '../ui/Modal';

interface LanguageDialogProps {
  /** The article's language now, if known. */
  current: string | undefined;
  onChoose: (lang: string, name: string) => void;
  onClose: () => void;
}

interface Choice {
  tag: string;
  name: string;
  native: string;
}

/** The languages matching what was typed: by English or native name, or by tag; a typed tag not in the list comes first. */
function matching(query: string): Choice[] {
  const q = query.trim().toLocaleLowerCase();
  const choices = LANGUAGE_CHOICES.map((tag) => ({ tag, name: languageName(tag), native: nativeLanguageName(tag) }));
  if (!q) return choices;
  const found = choices.filter(
    (c) => c.name.toLocaleLowerCase().includes(q) || c.native.toLocaleLowerCase().includes(q) || c.tag.toLowerCase() === q,
  );
  const typed = normaliseLanguageTag(query);
  if (typed && !found.some((c) => c.tag === typed) && languageName(typed) !== typed) {
    found.unshift({ tag: typed, name: languageName(typed), native: nativeLanguageName(typed) });
  }
  return found;
}

/**
 * Picks the article's language: type to filter by name (in English or in the language itself)
 * or tag, ↑/↓ to move, Enter to choose; then a second step says what changing it does and asks
 * to confirm, since it stores a new version of the article. Escape or Cancel changes nothing.
 */
export function LanguageDialog({ current, onChoose, onClose }: LanguageDialogProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [chosen, setChosen] = useState<Choice | null>(null);
  const listId = useId();
  const choices = useMemo(() => matching(query), [query]);
  const at = Math.min(active, Math.max(choices.length - 1, 0));
  const optionId = (i: number) => `${listId}-${i}`;

  const choose = (choice: Choice | undefined) => {
    if (choice && choice.tag !== current) setChosen(choice);
  };

  return (
    <Modal title="Article language" testId="language-dialog" onClose={onClose}>
      {chosen ? (
        <div className="language-confirm" data-testid="language-confirm">
          <p>
            Mark this article as <strong>{chosen.name}</strong>? Its sentences are split again and your annotations re-anchored, as for a
            new version; the article as it is now stays as the earlier version.
          </p>
          <div className="version-choice-actions">
            <button
              type="button"
              className="button button-primary"
              data-testid="language-confirm-change"
              autoFocus
              onClick={() => onChoose(chosen.tag, chosen.name)}
            >
              Change to {chosen.name}
            </button>
            <button type="button" className="button" onClick={() => setChosen(null)}>
              Back
            </button>
          </div>
        </div>
      ) : (
        <div className="language-picker">
          <input
            type="text"
            className="input"
            role="combobox"
            autoFocus
            aria-label="Find a language by name or code"
            aria-expanded="true"
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={choices.length > 0 ? optionId(at) : undefined}
            placeholder="Type a language or code (ar, zh, pt-BR)"
            data-testid="language-search"
            value={query}
            onChange={(event) => {
              setQuery(event.currentTarget.value);
              setActive(0);
            }}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                event.preventDefault();
                const next = Math.min(Math.max(at + (event.key === 'ArrowDown' ? 1 : -1), 0), choices.length - 1);
                setActive(next);
                document.getElementById(optionId(next))?.scrollIntoView({ block: 'nearest' });
              } else if (event.key === 'Enter') {
                event.preventDefault();
                choose(choices[at]);
              }
            }}
          />
          <ul className="language-list" role="listbox" id={listId} aria-label="Languages" data-testid="language-list">
            {choices.map((choice, i) => (
              <li
                key={choice.tag}
                id={optionId(i)}
                role="option"
                aria-selected={i === at}
                aria-disabled={choice.tag === current}
                data-testid="language-option"
                data-lang={choice.tag}
                className={i === at ? 'language-option language-option-active' : 'language-option'}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(choice)}
              >
                <span>{choice.name}</span>
                {choice.native !== choice.name && (
                  <span className="hint" lang={choice.tag} dir="auto">
                    {choice.native}
                  </span>
                )}
                <span className="hint language-tag">{choice.tag === current ? `${choice.tag} · current` : choice.tag}</span>
              </li>
            ))}
          </ul>
          {choices.length === 0 && <p className="hint">No language matches “{query}”.</p>}
        </div>
      )}
    </Modal>
  );
}
