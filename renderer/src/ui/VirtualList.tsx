import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { visibleRows } from './visible-rows';

interface VirtualListProps<T> {
  items: readonly T[];
  /** Every row's height in px (cards have a fixed height so no row needs measuring). */
  rowHeight: number;
  keyOf: (item: T) => string;
  render: (item: T) => ReactNode;
  /** Key of a row to bring into view whenever this changes (the active card), or null. */
  revealKey: string | null;
  label: string;
  testId: string;
}

/**
 * A list that renders only the rows in view, so 10,000 annotations cost a screenful of cards.
 * Rows are absolutely placed at `index * rowHeight`.
 */
export function VirtualList<T>({ items, rowHeight, keyOf, render, revealKey, label, testId }: VirtualListProps<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 800 });

  useLayoutEffect(() => {
    const element = scroller.current!;
    const measure = () => setView({ top: element.scrollTop, height: element.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Only a change of key reveals: rows shifting under an unchanged active card must not scroll,
  // and the tracked viewport is used instead of reading layout, which would force a reflow.
  const latest = useRef({ items, view, keyOf });
  useLayoutEffect(() => {
    latest.current = { items, view, keyOf };
  });
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || revealKey === null) return;
    const { items: rows, view: shown, keyOf: keyOfRow } = latest.current;
    const index = rows.findIndex((item) => keyOfRow(item) === revealKey);
    if (index < 0) return;
    const top = index * rowHeight;
    if (top < shown.top || top + rowHeight > shown.top + shown.height) {
      element.scrollTop = Math.max(0, top - shown.height / 3);
    }
  }, [revealKey, rowHeight]);

  const { first, last } = visibleRows(view.top, view.height, rowHeight, items.length);
  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++) {
    const item = items[i]!;
    rows.push(
      <li
        key={keyOf(item)}
        className="virtual-row"
        style={{ top: i * rowHeight, height: rowHeight }}
        aria-setsize={items.length}
        aria-posinset={i + 1}
      >
        {render(item)}
      </li>,
    );
  }
  return (
    <div
      ref={scroller}
      className="virtual-list"
      data-testid={testId}
      onScroll={(event) => {
        const { scrollTop, clientHeight } = event.currentTarget;
        setView({ top: scrollTop, height: clientHeight });
      }}
    >
      <ul className="virtual-rows" aria-label={label} style={{ height: items.length * rowHeight }}>
        {rows}
      </ul>
    </div>
  );
}
