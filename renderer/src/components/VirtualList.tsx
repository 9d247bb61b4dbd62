import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

interface VirtualListProps<T> {
  items: readonly T[];
  /** Every row's height in px (cards have a fixed height so no row needs measuring). */
  rowHeight: number;
  keyOf: (item: T) => string;
  render: (item: T) => ReactNode;
  /** A row to bring into view when it changes (the active card), or -1. */
  revealIndex: number;
  label: string;
  testId: string;
}

const OVERSCAN = 4;

/**
 * A list that renders only the rows in view, so 10,000 annotations cost a screenful of cards.
 * Rows are absolutely placed at `index * rowHeight`.
 */
export function VirtualList<T>({ items, rowHeight, keyOf, render, revealIndex, label, testId }: VirtualListProps<T>) {
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

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || revealIndex < 0) return;
    const top = revealIndex * rowHeight;
    if (top < element.scrollTop || top + rowHeight > element.scrollTop + element.clientHeight) {
      element.scrollTop = Math.max(0, top - element.clientHeight / 3);
    }
  }, [revealIndex, rowHeight]);

  const first = Math.max(0, Math.floor(view.top / rowHeight) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((view.top + view.height) / rowHeight) + OVERSCAN);
  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++) {
    const item = items[i]!;
    rows.push(
      <li key={keyOf(item)} className="virtual-row" style={{ top: i * rowHeight, height: rowHeight }} aria-setsize={items.length} aria-posinset={i + 1}>
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
