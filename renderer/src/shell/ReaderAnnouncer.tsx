import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { ClaimsIndex } from '../claims/claims-index';
import type { ReaderSession } from '../reader/reader-session';
import { announcement, type ReaderMoment } from './reader-announcement';

/**
 * The reader's one polite live region, unseen: it says what the last action did ("Claim C3
 * added: The council…", "Evidence refutes claim 2") and where J/K moved ("Claim C3: The
 * council…"). Claims are numbered by binary search in an index kept in step with the
 * annotations, so a tag among 10,000 does not wait on a pass over them all; each announcement
 * is a new node, so the same words said twice are read twice.
 */
export function ReaderAnnouncer({ session }: { session: ReaderSession }) {
  const ui = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const { annotations } = useSyncExternalStore(session.annotations.subscribe, session.annotations.getSnapshot);
  const before = useRef<ReaderMoment | null>(null);
  const claims = useRef<ClaimsIndex>(null);
  const [said, setSaid] = useState({ text: '', count: 0 });
  useEffect(() => {
    const now: ReaderMoment = { notice: ui.notice, range: ui.selection.range, annotations };
    const index = (claims.current ??= new ClaimsIndex());
    index.update(annotations);
    const text = before.current && announcement(before.current, now, session.text, index.orderedClaims);
    before.current = now;
    if (text) setSaid((last) => ({ text, count: last.count + 1 }));
  }, [ui, annotations, session]);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="reader-announcement">
      <span key={said.count}>{said.text}</span>
    </div>
  );
}
