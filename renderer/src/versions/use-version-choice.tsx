import { useCallback, useRef, useState, type ReactNode } from 'react';
import type { AskVersionChoice, VersionChoice } from './import-with-version-check';
import { VersionChoiceDialog } from './VersionChoiceDialog';

/** `ask` shows the version-choice dialog and resolves with the analyst's answer; render `dialog`. */
export function useVersionChoice(): { ask: AskVersionChoice; dialog: ReactNode } {
  const [match, setMatch] = useState<{ title: string; versions: number } | null>(null);
  const resolve = useRef<((choice: VersionChoice) => void) | null>(null);
  const ask = useCallback<AskVersionChoice>(
    (next) =>
      new Promise<VersionChoice>((done) => {
        resolve.current?.(null);
        resolve.current = done;
        setMatch(next);
      }),
    [],
  );
  const choose = useCallback((choice: VersionChoice) => {
    resolve.current?.(choice);
    resolve.current = null;
    setMatch(null);
  }, []);
  return { ask, dialog: match && <VersionChoiceDialog title={match.title} versions={match.versions} onChoose={choose} /> };
}
