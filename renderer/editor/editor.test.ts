// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { doc, footnote, para, table } from '../../shared/richtext/build';
import type { FootnoteInline, RichDoc } from '../../shared/richtext/model';
import type { Asker } from '../ui/asker';
import { commandById } from './commands';
import { LabelsExtension } from './labels-plugin';
import { paperSchemaExtensions } from './schema-extensions';
import { toRichDoc } from './to-rich-doc';
import { richDocSchema } from '../../shared/backup/schema';

const editors: Editor[] = [];
function editorWith(content: RichDoc, sectionNo: number | null = 4, marks = new Map<string, string>()): Editor {
  const e = new Editor({
    extensions: [...paperSchemaExtensions(), LabelsExtension.configure({ initial: { sectionNo, footnoteMarks: marks } })],
    content: content as never,
  });
  editors.push(e);
  return e;
}
afterEach(() => editors.splice(0).forEach((e) => e.destroy()));

const answering = (text: string | null, note?: readonly FootnoteInline[]): Asker => ({
  text: () => Promise.resolve(text),
  confirm: () => Promise.resolve(true),
  notice: async () => {},
  imageDetails: () => Promise.resolve(null),
  footnote: () => Promise.resolve(note ?? (text === null ? null : [{ type: 'text', text }])),
  file: () => Promise.resolve(null),
});
const run = async (e: Editor, id: string, ask: Asker = answering(null)) => commandById(id).run({ editor: e, ask });
const shownNumbers = (e: Editor) => [...e.view.dom.querySelectorAll(':scope > p')].map((p) => p.getAttribute('data-num'));
const stored = (e: Editor) => toRichDoc(e.getJSON());

describe('paragraph numbers in the editor', () => {
  it('shows section.paragraph numbers and renumbers as paragraphs are added', () => {
    const e = editorWith(doc(para('one'), para('two')));
    expect(shownNumbers(e)).toEqual(['4.1', '4.2']);
    e.commands.setTextSelection(1);
    e.commands.splitBlock();
    // A new, still-empty paragraph has no number yet (the export leaves blank paragraphs out)…
    expect(shownNumbers(e)).toEqual([null, '4.1', '4.2']);
    e.commands.setTextSelection(1);
    e.commands.insertContent('zero');
    // …and takes one as soon as it has text, renumbering those after it.
    expect(shownNumbers(e)).toEqual(['4.1', '4.2', '4.3']);
  });
  it('the numbering command makes a paragraph unnumbered without breaking the count', async () => {
    const e = editorWith(doc(para('one'), para('two'), para('three')));
    e.commands.setTextSelection(7); // inside "two"
    await run(e, 'numbering');
    expect(shownNumbers(e)).toEqual(['4.1', null, '4.2']);
    expect(stored(e).content[1]).toEqual({ type: 'paragraph', attrs: { numbered: false }, content: [{ type: 'text', text: 'two' }] });
  });
  it('the sub-heading command turns a paragraph into a sub-heading and back', async () => {
    const e = editorWith(doc(para('Reporting by Exception'), para('text')));
    e.commands.setTextSelection(2);
    await run(e, 'subheading');
    expect(stored(e).content[0]).toEqual({ type: 'subheading', content: [{ type: 'text', text: 'Reporting by Exception' }] });
    expect(shownNumbers(e)).toEqual(['4.1']);
    await run(e, 'subheading');
    expect(stored(e).content[0]?.type).toBe('paragraph');
  });
  it('the Heading 3 command makes a third-level heading, kept as level 3, and a sub-heading again with the sub-heading command', async () => {
    const e = editorWith(doc(para('Victims’ services'), para('text')));
    e.commands.setTextSelection(2);
    await run(e, 'subheading3');
    expect(stored(e).content[0]).toEqual({ type: 'subheading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Victims’ services' }] });
    await run(e, 'subheading');
    expect(stored(e).content[0]).toEqual({ type: 'subheading', content: [{ type: 'text', text: 'Victims’ services' }] });
    await run(e, 'subheading3');
    await run(e, 'subheading3');
    expect(stored(e).content[0]?.type).toBe('paragraph');
  });
  it('appendix editors show no paragraph numbers', () => {
    expect(shownNumbers(editorWith(doc(para('a'), para('b')), null))).toEqual([null, null]);
  });
});

describe('footnotes', () => {
  it('inserts a footnote with the text the author gives, shown with its paper-wide mark', async () => {
    const e = editorWith(doc(para('See the report')), 1, new Map());
    e.commands.setTextSelection(15);
    await run(e, 'footnote', answering('https://example.org/a.pdf'));
    const notes = stored(e).content[0];
    expect(JSON.stringify(notes)).toContain('"type":"footnote"');
    expect(JSON.stringify(notes)).toContain('https://example.org/a.pdf');
  });
  it('shows the mark the paper gives each footnote', () => {
    const e = editorWith(doc(para('x', footnote('note', 'fn-1'))), 1, new Map([['fn-1', 'c']]));
    expect(e.view.dom.querySelector('sup.footnote-ref')?.getAttribute('data-mark')).toBe('c');
  });
  it('a footnote keeps bold, italic, underline and a link, stored with its plain text, and valid for backups', async () => {
    const e = editorWith(doc(para('See the report')), 1);
    e.commands.setTextSelection(15);
    const note: FootnoteInline[] = [
      { type: 'text', text: 'Source: ', marks: [{ type: 'italic' }] },
      { type: 'text', text: 'the audit', marks: [{ type: 'bold' }, { type: 'link', attrs: { href: 'https://example.org/audit.pdf' } }] },
      { type: 'hardBreak' },
      { type: 'text', text: 'Updated', marks: [{ type: 'underline' }] },
    ];
    await run(e, 'footnote', answering(null, note));
    const fn = (stored(e).content[0] as unknown as { content: { type: string; attrs?: unknown }[] }).content.find((n) => n.type === 'footnote')!;
    expect(fn.attrs).toMatchObject({ text: 'Source: the audit\nUpdated', content: note });
    expect(richDocSchema.safeParse(stored(e)).success).toBe(true);
  });
  it('editing a formatted footnote starts from its pieces, and an empty answer removes it', async () => {
    const e = editorWith(
      doc(para('x', { type: 'footnote', attrs: { id: 'fn-1', text: 'bold note', content: [{ type: 'text', text: 'bold note', marks: [{ type: 'bold' }] }] } })),
    );
    const seen: unknown[] = [];
    e.commands.setNodeSelection(2);
    await commandById('footnote').run({
      editor: e,
      ask: {
        ...answering(null),
        footnote: (q) => {
          seen.push(q.initial);
          return Promise.resolve([{ type: 'text', text: 'now plain' }]);
        },
      },
    });
    expect(seen[0]).toEqual([{ type: 'text', text: 'bold note', marks: [{ type: 'bold' }] }]);
    expect(JSON.stringify(stored(e))).toContain('"attrs":{"id":"fn-1","text":"now plain"}');
    e.commands.setNodeSelection(2);
    await run(e, 'footnote', answering(null, []));
    expect(JSON.stringify(stored(e))).not.toContain('footnote');
  });
  it('a pasted footnote carrying formatted content is cleaned by the footnote rule (no javascript: link survives)', () => {
    const e = editorWith(doc(para('x')));
    const content = JSON.stringify([{ type: 'text', text: 'evil', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }, { type: 'bold' }] }]);
    e.commands.insertContent(`<p>pasted<sup data-footnote-id="p1" data-footnote-text="evil" data-footnote-content='${content}'></sup></p>`);
    const json = JSON.stringify(stored(e));
    expect(json).toContain('"text":"evil","marks":[{"type":"bold"}]');
    expect(json).not.toContain('javascript');
  });
  it('cancelling the footnote question inserts nothing', async () => {
    const e = editorWith(doc(para('x')));
    await run(e, 'footnote', answering(null));
    expect(JSON.stringify(stored(e))).not.toContain('footnote');
  });
});

describe('tables', () => {
  it('inserts a table with a header row, adds and removes rows and columns', async () => {
    const e = editorWith(doc(para('before')));
    e.commands.setTextSelection(3);
    await run(e, 'insertTable');
    let t = stored(e).content.find((b) => b.type === 'table');
    expect(t?.type === 'table' && t.content.length).toBe(3);
    expect(t?.type === 'table' && t.content[0]?.content.every((c) => c.type === 'tableHeader')).toBe(true);
    await run(e, 'addRow');
    await run(e, 'addColumn');
    t = stored(e).content.find((b) => b.type === 'table');
    expect(t?.type === 'table' && [t.content.length, t.content[0]?.content.length]).toEqual([4, 4]);
    await run(e, 'deleteColumn');
    await run(e, 'deleteRow');
    t = stored(e).content.find((b) => b.type === 'table');
    expect(t?.type === 'table' && [t.content.length, t.content[0]?.content.length]).toEqual([3, 3]);
  });
  it('round-trips a stored table unchanged', () => {
    const d = doc(para('x'), table(['Year', 'No.'], [['2016-17', '11']]));
    expect(stored(editorWith(d))).toEqual(d);
  });
});

describe('what is stored', () => {
  it('keeps only the model’s fields (no TipTap extras such as a link target), a dragged column width included', () => {
    const e = editorWith(doc(para('x')));
    e.commands.setContent('<p><a href="https://example.org" target="_blank">site</a></p><table><tr><th colwidth="100">H</th></tr><tr><td>c</td></tr></table>');
    expect(stored(e)).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'site', marks: [{ type: 'link', attrs: { href: 'https://example.org' } }] }] },
        {
          type: 'table',
          content: [
            {
              type: 'tableRow',
              content: [{ type: 'tableHeader', attrs: { colwidth: [100] }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'H' }] }] }],
            },
            {
              type: 'tableRow',
              content: [{ type: 'tableCell', attrs: { colwidth: [100] }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'c' }] }] }],
            },
          ],
        },
      ],
    });
  });
  it('stores bullet points typed inside a table cell', () => {
    const e = editorWith(doc(para('x')));
    e.commands.setContent('<table><tr><th>Action</th></tr><tr><td><p>Done:</p><ul><li><p>one</p></li><li><p>two</p></li></ul></td></tr></table>');
    const t = stored(e).content[0]!;
    expect(t.type).toBe('table');
    const cell = t.type === 'table' ? t.content[1]!.content[0]! : null;
    expect(cell?.content.map((b) => b.type)).toEqual(['paragraph', 'bulletList']);
    expect(JSON.stringify(cell)).toContain('two');
  });
  it('pasted HTML loses scripts, event handlers, styles and javascript: links', () => {
    const e = editorWith(doc(para('x')));
    e.commands.setContent(
      '<p onclick="alert(1)" style="color:red">Hi <script>alert(2)</script><a href="javascript:alert(3)">click</a> <img src=x onerror="alert(4)"><b>bold</b></p>',
    );
    const json = JSON.stringify(stored(e));
    expect(json).not.toMatch(/script|onclick|onerror|javascript|alert|style|img/i);
    expect(json).toContain('bold');
    expect(e.view.dom.innerHTML).not.toMatch(/onclick|onerror|javascript:/i);
  });
});

describe('everything the editor stores is valid for the database and backups', () => {
  it('after typing, lists, tables, footnotes, links, sub-headings and pasted HTML', async () => {
    const e = editorWith(doc(para('start')));
    e.commands.setTextSelection(3);
    await run(e, 'footnote', answering('https://example.org/x'));
    await run(e, 'bulletList');
    await run(e, 'orderedList');
    await run(e, 'insertTable');
    await run(e, 'toggleHeaderRow');
    e.commands.insertContent(
      '<h2>Pasted heading</h2><p>a <a href="mailto:a@b.org">mail</a><br>b</p><ol start="3"><li><p>three</p><ul><li>nested</li></ul></li></ol><p></p>',
    );
    await run(e, 'subheading');
    const result = richDocSchema.safeParse(stored(e));
    expect(result.success, JSON.stringify(result.error?.issues.slice(0, 3))).toBe(true);
  });
});

describe('what a list item can hold', () => {
  it('a table, sub-heading or data block pasted inside a list item is kept: what the editor shows is what is stored', () => {
    const e = editorWith(doc(para('before')));
    e.commands.setTextSelection(e.state.doc.content.size - 1);
    e.commands.insertContent(
      '<ul><li><p>first point</p><h3>Heading in a list</h3><table><tr><th>A</th></tr><tr><td>pasted cell</td></tr></table></li><li><p>second point</p></li></ul>',
    );
    const shown = e.getText();
    const saved = JSON.stringify(stored(e));
    for (const word of ['first point', 'Heading in a list', 'pasted cell', 'second point']) {
      expect(shown).toContain(word);
      expect(saved).toContain(word);
    }
    // The stored model's list items hold paragraphs and lists only, so the editor keeps the rest outside the list.
    expect(e.view.dom.querySelectorAll('li table, li h3')).toHaveLength(0);
  });
});
