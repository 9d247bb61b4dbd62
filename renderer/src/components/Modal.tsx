import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A native modal `<dialog>`: it traps focus, closes on Escape and returns focus to where it was.
 * `onClose` runs however it closes.
 */
export function Modal(props: { title: string; testId: string; onClose: () => void; children: ReactNode; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  const onClose = useRef(props.onClose);
  useEffect(() => {
    onClose.current = props.onClose;
  });
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    const closed = () => onClose.current();
    dialog.addEventListener('close', closed);
    return () => {
      dialog.removeEventListener('close', closed);
      if (dialog.open) dialog.close();
      returnTo?.focus({ preventScroll: true });
    };
  }, []);
  return (
    <dialog ref={ref} className={props.wide ? 'modal modal-wide' : 'modal'} data-testid={props.testId} aria-label={props.title}>
      <header className="modal-head">
        <h2>{props.title}</h2>
        <button type="button" className="button button-quiet" aria-label="Close" onClick={() => ref.current?.close()}>
          ✕
        </button>
      </header>
      {props.children}
    </dialog>
  );
}
