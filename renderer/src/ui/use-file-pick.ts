import { createElement, useCallback, useRef, type ChangeEvent, type ReactElement } from 'react';

/** What a file picker offers: the `accept` list of its chooser and the input's `data-testid`. */
export interface FilePickOptions {
  accept: string;
  testId: string;
}

/** A file picker: `open` shows the host's file chooser; `input` is the hidden input it needs rendered once. */
export interface FilePick {
  open: () => void;
  input: ReactElement;
}

/**
 * A hidden file input and a stable `open` that shows the host's file chooser on it, for commands
 * that ask for a file (a menu item, a button, a key). `onPick` is called with the one file chosen,
 * as it stands at the latest render; cancelling the chooser calls nothing. The input is emptied
 * after every choice, so choosing the same file again is a new choice.
 */
export function useFilePick(onPick: (file: File) => void, { accept, testId }: FilePickOptions): FilePick {
  const ref = useRef<HTMLInputElement>(null);
  const open = useCallback(() => ref.current?.click(), []);
  const input = createElement('input', {
    ref,
    type: 'file',
    hidden: true,
    accept,
    'data-testid': testId,
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const file = event.currentTarget.files?.[0];
      event.currentTarget.value = '';
      if (file) onPick(file);
    },
  });
  return { open, input };
}
