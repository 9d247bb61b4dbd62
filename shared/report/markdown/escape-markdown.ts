import { showInvisibleControls } from '../../text/invisible-controls';

/**
 * Escapes text for a Markdown paragraph or table cell so it shows as written: every character
 * that could start markup, a link, an entity or raw HTML (`<script>`, `"><img onerror=…>`) is
 * backslash-escaped, as CommonMark allows for any ASCII punctuation (brackets are, so no link
 * or image can form and parentheses may stay), and a line that would start a heading, list or
 * rule has its first character escaped too. Bidirectional and zero-width controls show as marks (⟨RLO⟩).
 */
export function escapeMarkdown(text: string): string {
  const inline = showInvisibleControls(text)
    .replace(/[\\`*_[\]<>|~&]/g, '\\$&')
    .replace(/\r?\n/g, ' ');
  return inline.replace(/^(\s*)([-+=#]|\d+[.)])/, (_m, space: string, lead: string) => `${space}${lead.replace(/^(\d*)(.)$/, '$1\\$2')}`);
}
