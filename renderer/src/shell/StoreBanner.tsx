import type { StoreMessage } from '../../../shared/ipc/contract';

/** What the store found wrong and worked around at start-up (a corrupt file set aside, say), shown once. */
export function StoreBanner({ messages, onDismiss }: { messages: readonly StoreMessage[]; onDismiss: () => void }) {
  return (
    <div className="notice notice-warning" role="status" data-testid="store-banner">
      <span className="notice-icon" aria-hidden="true">
        i
      </span>
      <ul className="notice-text">
        {messages.map((m, i) => (
          <li key={i}>
            <strong>{m.file}</strong>: {m.problem} {m.action}
          </li>
        ))}
      </ul>
      <button type="button" className="button button-quiet" data-testid="store-banner-dismiss" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
