import { useState } from 'react';
import { languageName } from '../labels/language-labels';
import { LanguageDialog } from './LanguageDialog';

interface LanguageButtonProps {
  /** The article's language (BCP 47), if known. */
  lang: string | undefined;
  /** Set while a change is being stored (its label), else null. */
  changing: string | null;
  onChange: (lang: string, name: string) => void;
}

/**
 * The article's language in its header, as a button that opens the language dialog: the
 * analyst corrects a language the file declared wrongly or the detector missed.
 */
export function LanguageButton({ lang, changing, onChange }: LanguageButtonProps) {
  const [open, setOpen] = useState(false);
  const name = lang ? languageName(lang) : 'Language unknown';
  return (
    <>
      <button
        type="button"
        className="button button-small button-quiet language-button"
        data-testid="reader-lang"
        title={lang ? `Language: ${lang}. Change the article's language` : "Set the article's language"}
        aria-label={`Article language: ${name}. Change`}
        aria-haspopup="dialog"
        disabled={changing !== null}
        onClick={() => setOpen(true)}
      >
        {name}
      </button>
      {changing && (
        <span className="hint" role="status" data-testid="language-busy">
          {changing}
        </span>
      )}
      {open && (
        <LanguageDialog
          current={lang}
          onClose={() => setOpen(false)}
          onChoose={(tag, chosenName) => {
            setOpen(false);
            onChange(tag, chosenName);
          }}
        />
      )}
    </>
  );
}
