import { useEffect, useRef, type ReactNode } from 'react';

/** The fields a dialog starts in when it names none: where the analyst is expected to type. */
const FIRST_FIELD =
  'input:not([type="hidden"]):not([type="radio"]):not([type="checkbox"]):not(:disabled), textarea:not(:disabled), select:not(:disabled)';

/** What Tab can reach inside a dialog. */
const TABBABLE =
  'a[href], button:not(:disabled), input:not(:disabled):not([type="hidden"]), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

/**
 * Tab from the last control goes to the first, Shift+Tab from the first to the last: a native
 * modal keeps the page behind it inert but lets Tab leave for the browser's own chrome.
 */
function wrapFocus(dialog: HTMLDialogElement, event: KeyboardEvent): void {
  const stops = [...dialog.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => el.getClientRects().length > 0);
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) return;
  const at = document.activeElement;
  const next = event.shiftKey ? (at === first || !dialog.contains(at) ? last : null) : at === last ? first : null;
  if (!next) return;
  event.preventDefault();
  next.focus();
}

/**
 * A native modal `<dialog>`: it traps focus (Tab wraps round inside it), closes on Escape and returns focus to where it was (unless it has since moved on),
 * starting on the element marked `data-autofocus` when there is one, else on its first field. It keeps every key press
 * inside it, so typing "1" or "J" in a field or on a button never reaches the reader's keys or
 * the import line's Escape underneath. `onClose` runs however it closes.
 */
export function Modal(props: {
  title: string;
  testId: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
  className?: string;
}) {
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
    // showModal focuses the first control, the close button, where typing does nothing (a pasted
    // article, a name). Start in the element the dialog names, else its first field.
    (dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>(FIRST_FIELD))?.focus();
    const closed = () => onClose.current();
    // Stopped on the document, not the dialog: React hears keys at its root, below the document,
    // and the app's key listeners are on the window, above it.
    const keep = (event: KeyboardEvent) => {
      if (!(event.target instanceof Node && dialog.contains(event.target))) return;
      event.stopPropagation();
      if (event.key === 'Tab') wrapFocus(dialog, event);
    };
    dialog.addEventListener('close', closed);
    document.addEventListener('keydown', keep);
    return () => {
      dialog.removeEventListener('close', closed);
      document.removeEventListener('keydown', keep);
      const focusLeft =
        document.activeElement === null || document.activeElement === document.body || dialog.contains(document.activeElement);
      if (dialog.open) dialog.close();
      // React runs this after the dialog has left the page, sometimes a frame later: a key pressed
      // in between (F10 to the menu bar) has already put focus somewhere, and that is kept.
      if (focusLeft) returnTo?.focus({ preventScroll: true });
    };
  }, []);
  const className = ['modal', props.wide ? 'modal-wide' : null, props.className ?? null].filter(Boolean).join(' ');
  return (
    <dialog ref={ref} className={className} data-testid={props.testId} aria-label={props.title}>
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
