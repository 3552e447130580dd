// @vitest-environment happy-dom
// A table in the editor is drawn with the export's column widths. Those are measured from the table's
// text, so they follow its cells as the author types in them.
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { doc, para, table } from '../../shared/richtext/build';
import { LabelsExtension } from './labels-plugin';
import { paperSchemaExtensions } from './schema-extensions';

const editors: Editor[] = [];
afterEach(() => {
  editors.splice(0).forEach((e) => e.destroy());
});
function editorWithTable(): Editor {
  const e = new Editor({
    extensions: [...paperSchemaExtensions(), LabelsExtension.configure({ initial: { sectionNo: 1, footnoteMarks: new Map() } })],
    content: doc(para('Before the table.'), table(['Measure', 'Figure'], [['Calls answered', '12']]), para('After the table.')) as never,
  });
  editors.push(e);
  return e;
}
const widths = (e: Editor) => [...e.view.dom.querySelectorAll('colgroup col')].map((c) => (c as HTMLElement).style.width);
function endOf(e: Editor, text: string): number {
  let at = -1;
  e.state.doc.descendants((node, pos) => {
    if (at < 0 && node.isText && node.text!.includes(text)) at = pos + node.text!.indexOf(text) + text.length;
    return at < 0;
  });
  return at;
}

describe('the editor’s table widths', () => {
  it('are measured again when a cell’s text changes, and the columns follow it', () => {
    const e = editorWithTable();
    const before = widths(e);
    expect(before).toHaveLength(2);
    e.commands.insertContentAt(endOf(e, 'Calls answered'), ' within twenty seconds of the first ring, by the control room');
    const after = widths(e);
    expect(after).toHaveLength(2);
    expect(parseFloat(after[0]!)).toBeGreaterThan(parseFloat(before[0]!));
  });
});
