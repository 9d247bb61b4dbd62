/** A commit as ordering needs it: its parents and its time (any comparable number, e.g. seconds). */
export interface CommitNode {
  oid: string;
  parents: readonly string[];
  time: number;
}

/**
 * `commits` ordered so that none comes before any of its parents among them, and otherwise
 * oldest first (equal times keep the order given). A commit's time alone cannot order history:
 * it counts whole seconds, so commits made within one second tie, and another machine's clock
 * may put a child before its parent; reading a file's versions in that order pairs each version
 * with the wrong predecessor.
 */
export function parentsFirst<T extends CommitNode>(commits: readonly T[]): T[] {
  const index = new Map(commits.map((c, i) => [c.oid, i]));
  const waiting = commits.map((c) => new Set(c.parents.filter((p) => index.has(p))).size);
  const children = commits.map(() => [] as number[]);
  commits.forEach((c, i) => {
    for (const parent of new Set(c.parents)) {
      const p = index.get(parent);
      if (p !== undefined) children[p]?.push(i);
    }
  });
  const before = (a: number, b: number) => (commits[a] as T).time - (commits[b] as T).time || a - b;
  const ready = new MinHeap(before);
  waiting.forEach((count, i) => {
    if (count === 0) ready.push(i);
  });
  const ordered: T[] = [];
  for (let next = ready.pop(); next !== undefined; next = ready.pop()) {
    ordered.push(commits[next] as T);
    for (const child of children[next] ?? []) {
      waiting[child] = (waiting[child] as number) - 1;
      if (waiting[child] === 0) ready.push(child);
    }
  }
  return ordered;
}

/** A binary heap of numbers under `before`: history can hold many thousands of commits. */
class MinHeap {
  private readonly items: number[] = [];
  constructor(private readonly before: (a: number, b: number) => number) {}

  push(item: number): void {
    const items = this.items;
    items.push(item);
    for (let i = items.length - 1; i > 0;) {
      const up = (i - 1) >> 1;
      if (this.before(items[i] as number, items[up] as number) >= 0) break;
      [items[i], items[up]] = [items[up] as number, items[i] as number];
      i = up;
    }
  }

  pop(): number | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    items[0] = last;
    for (let i = 0; ;) {
      const [l, r] = [2 * i + 1, 2 * i + 2];
      let least = i;
      if (l < items.length && this.before(items[l] as number, items[least] as number) < 0) least = l;
      if (r < items.length && this.before(items[r] as number, items[least] as number) < 0) least = r;
      if (least === i) break;
      [items[i], items[least]] = [items[least] as number, items[i] as number];
      i = least;
    }
    return top;
  }
}
