import { useState } from 'react';
import type { ReplyNode } from '../../../shared/review/reply-threads';
import { formatDayTime } from '../ui/format-time';

/** A reply form: one line to write, Enter or the button sends it. */
export function ReplyForm({ onSend, label, autoFocus }: { onSend: (text: string) => Promise<void>; label: string; autoFocus?: boolean }) {
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const send = async () => {
    if (!text.trim()) return;
    setSending(true);
    await onSend(text.trim());
    setText('');
    setSending(false);
  };
  return (
    <form
      className="reply-form"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <input
        className="reply-input"
        data-testid="reply-input"
        aria-label={label}
        placeholder={label}
        value={text}
        maxLength={10_000}
        autoFocus={autoFocus}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <button type="submit" className="button" data-testid="reply-send" disabled={sending || !text.trim()}>
        Reply
      </button>
    </form>
  );
}

/** An annotation's replies, each with its answers indented under it; any reply can be answered. */
export function ReplyThread({
  nodes,
  onReply,
}: {
  nodes: readonly ReplyNode[];
  onReply: (text: string, parentId: string) => Promise<void>;
}) {
  const [answering, setAnswering] = useState<string | null>(null);
  if (nodes.length === 0) return null;
  return (
    <ul className="reply-thread" data-testid="reply-thread">
      {nodes.map(({ reply, answers }) => (
        <li key={reply.id} className="reply" data-testid="reply" data-reply-id={reply.id}>
          <p className="reply-meta">
            <strong>{reply.author.name}</strong> <time dateTime={reply.created}>{formatDayTime(reply.created)}</time>
          </p>
          <p className="reply-text" data-testid="reply-text">
            {reply.text}
          </p>
          {answering === reply.id ? (
            <ReplyForm
              label={`Answer ${reply.author.name}`}
              autoFocus
              onSend={async (text) => {
                await onReply(text, reply.id);
                setAnswering(null);
              }}
            />
          ) : (
            <button
              type="button"
              className="button button-quiet reply-answer"
              data-testid="reply-answer"
              onClick={() => setAnswering(reply.id)}
            >
              Answer
            </button>
          )}
          <ReplyThread nodes={answers} onReply={onReply} />
        </li>
      ))}
    </ul>
  );
}
