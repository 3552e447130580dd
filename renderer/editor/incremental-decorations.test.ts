// @vitest-environment happy-dom
// The editor's numbers, footnote marks and right-aligned figure cells are kept up to date by moving
// them through each edit and working out again only what the edit touched: after every kind of
// edit they must show exactly what a freshly opened editor shows for the same text.
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { doc, footnote, para, plainPara, subheading, table } from '../../shared/richtext/build';
import type { RichDoc } from '../../shared/richtext/model';
import { LabelsExtension } from './labels-plugin';
import { paperSchemaExtensions } from './schema-extensions';

const marks = new Map([
  ['f1', 'a'],
  ['f2', 'b'],
]);
const editors: Editor[] = [];
function editorWith(content: RichDoc | Record<string, unknown>): Editor {
  const e = new Editor({
    extensions: [...paperSchemaExtensions(), LabelsExtension.configure({ initial: { sectionNo: 3, footnoteMarks: marks } })],
    content: content as never,
  });
  editors.push(e);
  return e;
}
afterEach(() => editors.splice(0).forEach((e) => e.destroy()));

/** What the author sees of the decorations: each numbered block's number, each footnote's mark, each figure cell. */
function shown(e: Editor): string[] {
  return [...e.view.dom.querySelectorAll('[data-num], [data-mark], td.figure, th.figure')].map(
    (el) =>
      `${el.tagName} ${el.getAttribute('data-num') ?? ''} ${el.getAttribute('data-mark') ?? ''} ${el.classList.contains('figure') ? 'figure' : ''} ${el.textContent}`,
  );
}
const fresh = (e: Editor) => shown(editorWith(e.getJSON()));
/** The position just after the first occurrence of `text`. */
function after(e: Editor, text: string): number {
  let at = -1;
  e.state.doc.descendants((node, pos) => {
    if (at < 0 && node.isText && node.text!.includes(text)) at = pos + node.text!.indexOf(text) + text.length;
    return at < 0;
  });
  if (at < 0) throw new Error(`no “${text}”`);
  return at;
}

const start = () =>
  editorWith(
    doc(
      subheading('Overview'),
      para('First paragraph'),
      table(
        ['Measure', 'Rate'],
        [
          ['Crime', '1.5%'],
          ['Calls', '2.0%'],
        ],
      ),
      para('Second', footnote('note one', 'f1')),
      plainPara('Not numbered'),
      para('Third'),
    ),
  );

describe('decorations kept up to date edit by edit', () => {
  it('typing in a paragraph moves the numbers, marks and figure cells after it', () => {
    const e = start();
    const before = shown(e);
    for (const ch of 'abc ') e.view.dispatch(e.state.tr.insertText(ch, after(e, 'First')));
    expect(shown(e)).toEqual(fresh(e));
    expect(shown(e)).toHaveLength(before.length);
  });

  it('typing a word into a figure column stops it being right-aligned, and deleting it brings that back', () => {
    const e = start();
    expect(shown(e).filter((s) => s.includes('figure'))).toHaveLength(3); // the heading and both figures
    e.view.dispatch(e.state.tr.insertText(' rising', after(e, '2.0%')));
    expect(shown(e).filter((s) => s.includes('figure'))).toHaveLength(0);
    expect(shown(e)).toEqual(fresh(e));
    const at = after(e, '2.0% rising');
    e.view.dispatch(e.state.tr.delete(at - ' rising'.length, at));
    expect(shown(e).filter((s) => s.includes('figure'))).toHaveLength(3); // the heading and both figures
    expect(shown(e)).toEqual(fresh(e));
  });

  it('emptying a paragraph takes its number away, and typing into it gives it back', () => {
    const e = start();
    const at = after(e, 'First paragraph');
    e.view.dispatch(e.state.tr.delete(at - 'First paragraph'.length, at));
    expect(shown(e)).toEqual(fresh(e));
    expect(shown(e).some((s) => s.includes('3.1 ') && s.endsWith('Second'))).toBe(true);
    e.view.dispatch(e.state.tr.insertText('Back', at - 'First paragraph'.length));
    expect(shown(e)).toEqual(fresh(e));
  });

  it('a new paragraph (Enter), a paragraph marked unnumbered, a footnote added and a table removed each renumber', () => {
    const e = start();
    e.commands.setTextSelection(after(e, 'First'));
    e.commands.splitBlock();
    expect(shown(e)).toEqual(fresh(e));

    let third = -1;
    e.state.doc.forEach((n, pos) => {
      if (n.textContent === 'Third') third = pos;
    });
    e.view.dispatch(e.state.tr.setNodeMarkup(third, undefined, { numbered: false }));
    expect(shown(e)).toEqual(fresh(e));

    e.view.dispatch(e.state.tr.insert(after(e, 'Not numbered'), e.state.schema.nodes.footnote!.create({ id: 'f2', text: 'note two' })));
    expect(shown(e)).toEqual(fresh(e));
    expect(shown(e).some((s) => s.includes(' b '))).toBe(true);

    let tablePos = -1;
    e.state.doc.forEach((n, pos) => {
      if (n.type.name === 'table') tablePos = pos;
    });
    e.view.dispatch(e.state.tr.delete(tablePos, tablePos + e.state.doc.nodeAt(tablePos)!.nodeSize));
    expect(shown(e)).toEqual(fresh(e));
    expect(shown(e).filter((s) => s.includes('figure'))).toHaveLength(0);
  });

  it('bold over several paragraphs, and undo of all of it, leave the same labels as a fresh editor', () => {
    const e = start();
    e.commands.setTextSelection({ from: 2, to: e.state.doc.content.size - 2 });
    e.commands.toggleBold();
    expect(shown(e)).toEqual(fresh(e));
    e.view.dispatch(e.state.tr.insertText('x', after(e, 'Crime')));
    e.commands.undo();
    e.commands.undo();
    expect(shown(e)).toEqual(fresh(e));
  });
});
