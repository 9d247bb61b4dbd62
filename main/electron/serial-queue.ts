/**
 * Wraps `task` so calls run one after another, each starting when the previous one has
 * settled, whatever its outcome. The report printer needs this: its session has one request
 * filter, and a second print running at once would replace the first one's.
 */
export function serialize<A extends unknown[], R>(task: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  let last: Promise<unknown> = Promise.resolve();
  return (...args) => {
    const next = last.then(() => task(...args));
    last = next.catch(() => undefined);
    return next;
  };
}
