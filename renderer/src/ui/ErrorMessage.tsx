/** A visible, dismissible error; the message (written by main) names the file and the problem. */
export function ErrorMessage({ message, onDismiss }: { message: string; onDismiss: () => void }) {
  return (
    <div className="notice notice-error" role="alert" data-testid="error-message">
      <span className="notice-icon" aria-hidden="true">
        !
      </span>
      <p className="notice-text">{message}</p>
      <button type="button" className="button button-quiet" data-testid="error-dismiss" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
