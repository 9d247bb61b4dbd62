/**
 * The Content-Security-Policy sent with every page and asset, by the Electron shell and the
 * Chromium host alike. Scripts only from the app itself (no inline, no eval): imported articles
 * are untrusted HTML, and this is the backstop if one slips past sanitising. Inline styles stay
 * allowed because ProseMirror and React set `style` attributes; `data:` images because imported
 * articles may embed them.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
