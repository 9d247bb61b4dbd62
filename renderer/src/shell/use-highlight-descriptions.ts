import { useEffect, type RefObject } from 'react';
import { describeHighlights as describeInEditor } from '../editor/highlight-plugin';
import type { ReaderSession } from '../reader/reader-session';
import { HighlightDescriber } from './highlight-descriptions';

/** Most descriptions sent in one idle moment: a new claim early in a long article renumbers thousands. */
const SLICE = 500;

/**
 * Keeps the accessible description of every highlight in the article under `mount` in step with
 * the annotations (tag, number, links, note). It works in idle moments after a change, so
 * tagging paints first: the first time it sends every description (the editor redraws only
 * those that differ from what it opened with), then only those the change touched
 * (`HighlightDescriber`), a slice at a time.
 */
export function useHighlightDescriptions(session: ReaderSession, mount: RefObject<HTMLElement | null>, openedAt: number): void {
  useEffect(() => {
    let live = true;
    let pending = false;
    let first = true;
    const describer = new HighlightDescriber();
    const queue: [string, string][] = [];
    const article = () => mount.current?.querySelector('[data-testid="article"]') ?? null;
    const sendSlice = () => {
      const at = article();
      if (!live || !at || queue.length === 0) return;
      describeInEditor(at, new Map(queue.splice(0, SLICE)));
      if (queue.length > 0) requestIdleCallback(sendSlice, { timeout: 300 });
    };
    const describe = () => {
      if (pending) return;
      pending = true;
      requestIdleCallback(
        () => {
          pending = false;
          const at = article();
          if (!live || !at) return;
          const changed = describer.update(session.annotations.getSnapshot().annotations);
          if (first) describeInEditor(at, changed);
          else if (changed.size > 0) {
            const more = queue.length === 0;
            queue.push(...changed);
            if (more) sendSlice();
          }
          first = false;
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
