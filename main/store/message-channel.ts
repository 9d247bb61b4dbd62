import type { StoreMessage } from '../../shared/ipc/contract';

/** The one channel every store file problem goes through, so no reader of the store can miss one. */
export interface MessageChannel {
  /** Records a problem and tells every listener at once. */
  report: (message: StoreMessage) => void;
  /** Every problem reported so far, in order. */
  all: () => StoreMessage[];
  /** Hears each later problem; returns a function to stop. */
  listen: (listener: (message: StoreMessage) => void) => () => void;
}

/** Creates a channel; `first`, when given, hears every problem from the very first. */
export function createMessageChannel(first?: (message: StoreMessage) => void): MessageChannel {
  const found: StoreMessage[] = [];
  const listeners = new Set<(message: StoreMessage) => void>(first ? [first] : []);
  return {
    report(message) {
      found.push(message);
      for (const listener of listeners) listener(message);
    },
    all: () => [...found],
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The channel every durable write of a store file is announced on (see `Store.onWrite`). */
export interface WriteChannel {
  /** Tells every listener that the file at `relPath` (store-relative) was written. */
  report: (relPath: string) => void;
  /** Hears each later write; returns a function to stop. */
  listen: (listener: (relPath: string) => void) => () => void;
}

/** Creates a write channel with no listeners. */
export function createWriteChannel(): WriteChannel {
  const listeners = new Set<(relPath: string) => void>();
  return {
    report(relPath) {
      for (const listener of listeners) listener(relPath);
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
