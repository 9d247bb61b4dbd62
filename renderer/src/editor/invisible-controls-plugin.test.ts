import { EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/model/article';
import { toPlainText } from '../../../shared/text/plain-text';
import { buildDoc } from './build-doc';
import { INVISIBLE_CONTROL_CLASS, invisibleControlsKey, invisibleControlsPlugin } from './invisible-controls-plugin';

const blocks: Block[] = [
  { type: 'title', text: 'Invoice\u202Etxt.exe was sent' },
  { type: 'paragraph', text: 'Visit pay\u200Bpal.example today. The gates held.' },
];

describe('invisibleControlsPlugin', () => {
  const state = EditorState.create({ doc: buildDoc(blocks, 2), plugins: [invisibleControlsPlugin()] });
  const marks = invisibleControlsKey.getState(state)!.find();

  it('marks each control with its name, over exactly its one character', () => {
    expect(marks.map((mark) => state.doc.textBetween(mark.from, mark.to))).toEqual(['\u202E', '\u200B']);
    // An inline decoration keeps its DOM attributes on its (internal) type.
    const attrs = marks.map((mark) => (mark as unknown as { type: { attrs: Record<string, string> } }).type.attrs);
    expect(attrs.map((a) => [a['class'], a['data-control']])).toEqual([
      [INVISIBLE_CONTROL_CLASS, 'RLO'],
      [INVISIBLE_CONTROL_CLASS, 'ZWSP'],
    ]);
  });

  it('changes no text: the doc still reads as the article, controls included', () => {
    expect(state.doc.textBetween(0, state.doc.content.size, '\n\n')).toBe(toPlainText(blocks));
  });
});
