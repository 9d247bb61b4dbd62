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
