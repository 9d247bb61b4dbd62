import { useEffect, type RefObject } from 'react';
import { describeHighlights as describeInEditor } from '../editor/highlight-plugin';
import type { ReaderSession } from '../reader/reader-session';
import { describeHighlights } from './highlight-descriptions';

/**
 * Keeps the accessible description of every highlight in the article under `mount` in step with
 * the annotations (tag, number, links, note). It runs in the first idle moment after a change,
 * so tagging paints first, and only the highlights whose description changed are redrawn.
 */
export function useHighlightDescriptions(session: ReaderSession, mount: RefObject<HTMLElement | null>, openedAt: number): void {
  useEffect(() => {
    let pending = false;
    let live = true;
    const describe = () => {
      if (pending) return;
      pending = true;
      requestIdleCallback(
        () => {
          pending = false;
          const article = mount.current?.querySelector('[data-testid="article"]');
          if (live && article) describeInEditor(article, describeHighlights(session.annotations.getSnapshot().annotations));
        },
        { timeout: 300 },
      );
    };
    describe();
    const unsubscribe = session.annotations.subscribe(describe);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [session, mount, openedAt]);
}
