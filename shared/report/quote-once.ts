const OPENING = /^["“„«‘‚'「『]/u;
const CLOSING = /["”»’'」』][.,!?…]*$/u;

/**
 * `text` in “curly quotes” as reports show a quotation — unless it begins or ends with a
 * quotation mark of its own (a sentence that opens a quote: “Days are numbered,” he said), which
 * would double the mark (““Days…). Then it is shown as it is.
 */
export function quoteOnce(text: string): string {
  return OPENING.test(text) || CLOSING.test(text) ? text : `“${text}”`;
}
