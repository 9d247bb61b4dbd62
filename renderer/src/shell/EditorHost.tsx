import { useLayoutEffect, useRef } from 'react';
import { recordUntilPaint } from '../perf/perf-log';
import type { ReaderSession } from '../reader/reader-session';
import { useHighlightDescriptions } from './use-highlight-descriptions';

/** Where the ProseMirror view lives; the session owns the view, this only gives it a place and describes its highlights. */
export function EditorHost({ session, openedAt }: { session: ReaderSession; openedAt: number }) {
  const mount = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const detach = session.attach(mount.current!);
    recordUntilPaint('open', openedAt);
    session.focusArticle();
    return detach;
  }, [session, openedAt]);
  useHighlightDescriptions(session, mount, openedAt);
  return <div ref={mount} className="editor-host" />;
}
