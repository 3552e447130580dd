// @vitest-environment happy-dom
// A stored body taken into an open editor (a colleague's typing, another window's save): the editor
// then shows exactly the stored body, the caret in a paragraph nobody else changed stays put, and
// the author's own typing there can still be undone.
import { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import { doc, para, plainPara, subheading, table } from '../../shared/richtext/build';
import type { RichDoc } from '../../shared/richtext/model';
import { adoptBody } from './adopt-body';
import { LabelsExtension } from './labels-plugin';
import { paperSchemaExtensions } from './schema-extensions';
import { toRichDoc } from './to-rich-doc';

const editors: Editor[] = [];
function editorWith(content: RichDoc): Editor {
  const e = new Editor({
    extensions: [...paperSchemaExtensions(), LabelsExtension.configure({ initial: { sectionNo: 2, footnoteMarks: new Map() } })],
    content: content as never,
  });
  editors.push(e);
  return e;
}
afterEach(() => editors.splice(0).forEach((e) => e.destroy()));

const shown = (e: Editor) => toRichDoc(e.getJSON());
/** The caret placed `offset` characters into the `n`th top-level block. */
function caretIn(e: Editor, n: number, offset: number) {
  let pos = 0;
  for (let i = 0; i < n; i++) pos += e.state.doc.child(i).nodeSize;
  e.view.dispatch(e.state.tr.setSelection(TextSelection.create(e.state.doc, pos + 1 + offset)));
}
const caretBlockAndOffset = (e: Editor) => {
  const $from = e.state.selection.$from;
  return { block: $from.index(0), offset: $from.parentOffset };
};

describe('taking a stored body into an open editor', () => {
  it('shows the stored body, and a caret in a paragraph only this editor changed stays where it was', () => {
    const e = editorWith(doc(para('First paragraph.'), para('Second paragraph.'), para('Third paragraph.')));
    caretIn(e, 1, 6); // "Second| paragraph."
    const stored = doc(para('A colleague wrote here. First paragraph.'), para('Second paragraph.'), para('Third paragraph, and here.'));
    adoptBody(e, stored);
    expect(shown(e)).toEqual(stored);
    expect(caretBlockAndOffset(e)).toEqual({ block: 1, offset: 6 });
  });

  it('keeps the author’s own typing undoable in a paragraph the colleague did not touch', () => {
    const e = editorWith(doc(para('One.'), para('Two.'), para('Three.')));
    caretIn(e, 1, 4);
    e.commands.insertContent(' Mine.');
    expect(shown(e)).toEqual(doc(para('One.'), para('Two. Mine.'), para('Three.')));
    adoptBody(e, doc(para('One, theirs.'), para('Two. Mine.'), para('Three, theirs.')));
    e.commands.undo();
    // The author's words go; the colleague's stay (their change is not on this editor's undo stack).
    expect(shown(e)).toEqual(doc(para('One, theirs.'), para('Two.'), para('Three, theirs.')));
  });

  it('takes in a paragraph made a subheading, one made unnumbered, a table cell, and added or removed paragraphs', () => {
    const start = doc(para('Heading text'), para('Body.'), table(['H1', 'H2'], [['a', 'b']]), para('Last.'));
    const cases: RichDoc[] = [
      doc(subheading('Heading text'), para('Body.'), table(['H1', 'H2'], [['a', 'b']]), para('Last, changed.')),
      doc(para('Heading text'), plainPara('Body.'), table(['H1', 'H2'], [['a', 'B!']]), para('Last.')),
      doc(para('Heading text'), para('New.'), para('Body.'), table(['H1', 'H2'], [['a', 'b']]), para('Last.')),
      doc(para('Heading text'), para('Last.')),
    ];
    for (const stored of cases) {
      const e = editorWith(start);
      adoptBody(e, stored);
      expect(shown(e)).toEqual(stored);
    }
  });
});
