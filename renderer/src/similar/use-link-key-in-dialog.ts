import { useEffect } from 'react';
import { acceleratorsFor, findCommand, matchesAccelerator } from '../../../shared/commands';
import type { SimilarController } from './similar-controller';

/**
 * Link as Same Claim's key while the claim record is open: a modal dialog keeps keys from the
 * app's window listener, so the record hears the key itself (on the document, where the dialog's
 * keys still arrive) and links the first match.
 */
export function useLinkKeyInDialog(similar: SimilarController | null): void {
  useEffect(() => {
    if (!similar) return;
    const accelerators = acceleratorsFor(findCommand('link-same-claim'), 'linux');
    const onKey = (event: KeyboardEvent) => {
      if (!accelerators.some((a) => matchesAccelerator(a, event))) return;
      event.preventDefault();
      similar.linkSameClaim();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [similar]);
}
