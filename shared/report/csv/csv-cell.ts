import { showInvisibleControls } from '../../text/invisible-controls';

/** Characters that make a spreadsheet read a cell as a formula (or, for tab and CR, hide one). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field per RFC 4180: quoted when it holds a comma, quote, CR or LF, with quotes
 * doubled. A value starting with =, +, -, @, tab or CR is prefixed with an apostrophe first, so
 * Excel, LibreOffice and Google Sheets show it as text and never run it (OWASP's advice for CSV
 * injection). Bidirectional and zero-width controls show as marks (⟨RLO⟩), as in the other reports.
 */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  const shown = typeof value === 'number' ? String(value) : showInvisibleControls(value);
  const text = FORMULA_START.test(shown) && typeof value !== 'number' ? `'${shown}` : shown;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text: CRLF line ends, as RFC 4180 asks, UTF-8 byte order mark first so Excel reads the encoding. */
export function toCsv(rows: readonly (readonly (string | number | undefined)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
