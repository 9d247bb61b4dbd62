import { showInvisibleControls } from '../../text/invisible-controls';

/**
 * Escapes text for an HTML text node or a double- or single-quoted attribute value, so article
 * and note text ("<script>", '"><img onerror=…>') always shows as text, and bidirectional and
 * zero-width controls show as marks (⟨RLO⟩) instead of reordering or hiding what is around them.
 */
export function escapeHtml(text: string): string {
  return showInvisibleControls(text).replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * An http(s) URL to link to, or undefined for anything else (javascript:, data:, relative, or a
 * URL hiding bidirectional or zero-width controls), which is then shown as text only.
 */
export function safeLinkHref(url: string | undefined): string | undefined {
  return url !== undefined && /^https?:\/\/[^\s<>"']+$/i.test(url) && showInvisibleControls(url) === url ? url : undefined;
}
