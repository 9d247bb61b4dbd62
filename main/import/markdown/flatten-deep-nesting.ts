import type { MarkdownIt, StateBlock } from 'markdown-it';

/** The note given when a Markdown file nests lists or quotes deeper than the parser goes. */
export const FLATTENED_NOTE =
  'Lists or quotes in the file nest deeper than Factmark reads them; the deepest levels are shown as plain paragraphs.';

/** What `markdown.render(body, env)` records in `env` when it kept deep content flat. */
export interface FlattenEnv extends Record<PropertyKey, unknown> {
  flattened?: boolean;
}

// Opening a list and an item, or a quote, raises the level; this leaves room under maxNesting
// for the paragraphs the flattened lines become.
const HEADROOM = 4;
// List markers and quote markers at the start of a line, any number of them.
const MARKERS = /^(?:(?:[-+*]|\d{1,9}[.)])(?=\s|$)\s*|>\s?)+/u;

/**
 * Makes markdown-it keep content nested deeper than its `maxNesting` as plain paragraphs instead
 * of dropping it. At that depth markdown-it skips every remaining line of the enclosing block (a
 * list 50 levels deep lost its deeper items and the paragraph after the list). Here, once the
 * block level is within HEADROOM of the limit, each line of the nested block becomes text: a line
 * that starts with list or quote markers starts a new paragraph (markers removed), a blank line
 * ends one, and the block ends where markdown-it would end it (a line indented less than the
 * block). Sets `env.flattened` when it did so.
 */
export function flattenDeepNesting(markdown: MarkdownIt): void {
  const block = markdown.block;
  const tokenize = block.tokenize.bind(block);
  const flatFrom = markdown.options.maxNesting - HEADROOM;
  block.tokenize = (state: StateBlock, startLine: number, endLine: number) => {
    if (state.level < flatFrom) {
      tokenize(state, startLine, endLine);
      return;
    }
    (state.env as FlattenEnv).flattened = true;
    state.line = tokenizeFlat(state, startLine, endLine);
  };
}

// Pushes the lines from `startLine` as paragraphs; returns the line after the block.
function tokenizeFlat(state: StateBlock, startLine: number, endLine: number): number {
  let paragraph: { start: number; lines: string[] } | undefined;
  const close = (end: number) => {
    if (paragraph === undefined) return;
    pushParagraph(state, paragraph.lines.join('\n'), paragraph.start, end);
    paragraph = undefined;
  };
  let line = startLine;
  for (; line < endLine; line += 1) {
    if (state.isEmpty(line)) {
      close(line);
      continue;
    }
    if (state.sCount[line]! < state.blkIndent) break;
    const raw = state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]);
    const text = raw.replace(MARKERS, '');
    if (text !== raw) close(line);
    if (text.trim() === '') continue;
    paragraph ??= { start: line, lines: [] };
    paragraph.lines.push(text);
  }
  close(line);
  return line;
}

function pushParagraph(state: StateBlock, content: string, start: number, end: number): void {
  state.push('paragraph_open', 'p', 1).map = [start, end];
  const inline = state.push('inline', '', 0);
  inline.content = content;
  inline.map = [start, end];
  inline.children = [];
  state.push('paragraph_close', 'p', -1);
}
