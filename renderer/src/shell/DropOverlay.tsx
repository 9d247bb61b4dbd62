/** The full-window hint shown while a file is dragged over Factmark. */
export function DropOverlay() {
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
      <div className="drop-card">
        <strong>Drop to import</strong>
        <span>Text, HTML, PDF or Word files open as a new article.</span>
      </div>
    </div>
  );
}
