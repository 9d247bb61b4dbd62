/** Shown when the page runs without the preload or the Chromium host: there is no store to reach. */
export function MissingBridge() {
  return (
    <main className="empty-state" role="alert" data-testid="error-message">
      <h1>Factmark cannot reach its store</h1>
      <p>
        This page was opened outside the Factmark app. Start Factmark with <code>npm start</code> instead.
      </p>
    </main>
  );
}
