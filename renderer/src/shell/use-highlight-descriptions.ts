import { useEffect, type RefObject } from 'react';
import { describeHighlights as describeInEditor } from '../editor/highlight-plugin';
import type { ReaderSession } from '../reader/reader-session';
import { HighlightDescriber } from './highlight-descriptions';

/**
 * Keeps the accessible description of every highlight in the article under `mount` in step with
 * the annotations (tag, number, links, note). It works in an idle moment after a change, so
 * tagging paints first: the describer takes in what changed (`HighlightDescriber`), and the
 * editor asks it about the highlights it draws, redrawing those whose description differs.
 */
export function useHighlightDescriptions(session: ReaderSession, mount: RefObject<HTMLElement | null>, openedAt: number): void {
  useEffect(() => {
    let live = true;
    let pending = false;
    const describer = new HighlightDescriber();
    const describe = () => {
      if (pending) return;
      pending = true;
      requestIdleCallback(
        () => {
          pending = false;
          const at = mount.current?.querySelector('[data-testid="article"]');
          if (!live || !at) return;
          describer.update(session.annotations.getSnapshot().annotations);
          describeInEditor(at, (id) => describer.describe(id));
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
