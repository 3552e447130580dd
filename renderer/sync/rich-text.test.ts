// @vitest-environment happy-dom
import { getSchema } from '@tiptap/core';
import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sampleSnapshot } from '../../shared/sample/reference-paper';
import type { RichDoc } from '../../shared/richtext/model';
import { paperSchemaExtensions } from '../editor/schema-extensions';
import { toRichDoc } from '../editor/to-rich-doc';
import { richSchema } from './rich-schema';
import { RemovedTextWatch, bodyFragment, fragmentBody, writeBody } from './rich-text';

const sample = sampleSnapshot();
const bodies = [
  ...sample.sections.map((s) => ['sections', s.id, s.body] as const),
  ...sample.appendices.map((a) => ['appendices', a.id, a.body] as const),
  ...sample.updates.map((u) => ['updates', u.id, u.narrative] as const),
].filter(([, , b]) => b.content.length > 0);
const para = (text: string): RichDoc['content'][number] => ({ type: 'paragraph', content: [{ type: 'text', text }] });
/** What the sample lacks: links, formatted footnotes, images, quotations, numbered lists, dragged columns. */
const EVERY_KIND: RichDoc = {
  type: 'doc',
  content: [
    { type: 'subheading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Heading' }] },
    {
      type: 'paragraph',
      attrs: { numbered: false },
      content: [
        { type: 'text', text: 'See ', marks: [{ type: 'italic' }] },
        { type: 'text', text: 'the site', marks: [{ type: 'link', attrs: { href: 'https://example.org/a' } }, { type: 'bold' }, { type: 'underline' }] },
        { type: 'hardBreak' },
        {
          type: 'footnote',
          attrs: {
            id: 'f1',
            text: 'Bold note',
            content: [
              { type: 'text', text: 'Bold', marks: [{ type: 'bold' }] },
              { type: 'text', text: ' note' },
            ],
          },
        },
      ],
    },
    { type: 'blockquote', content: [para('Quoted.') as never] },
    {
      type: 'orderedList',
      attrs: { start: 3 },
      content: [
        { type: 'listItem', content: [para('Three') as never, { type: 'bulletList', content: [{ type: 'listItem', content: [para('inner') as never] }] }] },
      ],
    },
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [{ type: 'tableHeader', attrs: { colspan: 2, colwidth: [120, 80] }, content: [para('H') as never] }] },
        {
          type: 'tableRow',
          content: [
            { type: 'tableCell', content: [para('a') as never] },
            { type: 'tableCell', attrs: { rowspan: 2 }, content: [{ type: 'paragraph' }] },
          ],
        },
      ],
    },
    { type: 'image', attrs: { src: 'data:image/png;base64,iVBORw0KGgo=', alt: 'A chart', width: 40, height: 20, caption: 'Figure 1' } },
    { type: 'dataBlock', attrs: { blockId: 'block-1' } },
    { type: 'paragraph' },
  ],
};
const exchange = (a: Y.Doc, b: Y.Doc) => {
  const ua = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const ub = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, ua);
  Y.applyUpdate(a, ub);
};

describe('rich-text bodies in a sync document', () => {
  it('has the editor’s node and mark types, content and attribute defaults', () => {
    const editor = getSchema(paperSchemaExtensions({ images: true }));
    const spec = (s: typeof richSchema | typeof editor) => ({
      nodes: Object.fromEntries(
        Object.entries(s.nodes).map(([n, t]) => [
          n,
          {
            content: t.spec.content ?? '',
            group: t.spec.group ?? '',
            inline: !!t.spec.inline,
            attrs: Object.fromEntries(Object.entries(t.spec.attrs ?? {}).map(([k, v]) => [k, v.default])),
          },
        ]),
      ),
      marks: Object.entries(s.marks).map(([n, t]) => [n, Object.fromEntries(Object.entries(t.spec.attrs ?? {}).map(([k, v]) => [k, v.default]))]),
    });
    expect(spec(richSchema)).toEqual(spec(editor));
  });

  it('round-trips every body and narrative of the sample losslessly (footnotes, marks, tables, lists, blocks)', () => {
    expect(bodies.length).toBeGreaterThan(5);
    const kinds = new Set(JSON.stringify(bodies.map(([, , b]) => b)).match(/"type":"[a-zA-Z]+"/g));
    for (const k of ['footnote', 'table', 'bulletList', 'bold']) expect(kinds).toContain(`"type":"${k}"`);
    for (const [t, id, body] of [...bodies, ['appendices', 'every-kind', EVERY_KIND] as const]) {
      const ydoc = new Y.Doc();
      const f = bodyFragment(ydoc, t, id, 'body');
      expect(writeBody(ydoc, f, body, null)).toBe(true);
      // The editor's own stored form of the body (the sample writes a few defaults out, e.g. start: 1).
      const stored = toRichDoc(richSchema.nodeFromJSON(body).toJSON() as JSONContent);
      expect(fragmentBody(f)).toEqual(stored);
      // and through a second document, as a colleague's laptop receives it
      const other = new Y.Doc();
      Y.applyUpdate(other, Y.encodeStateAsUpdate(ydoc));
      expect(fragmentBody(bodyFragment(other, t, id, 'body'))).toEqual(stored);
    }
    expect(toRichDoc(richSchema.nodeFromJSON(EVERY_KIND).toJSON() as JSONContent)).toEqual(EVERY_KIND);
  });

  it('merges two people typing in the same paragraph while apart: both typings are kept', () => {
    const body: RichDoc = { type: 'doc', content: [para('The plan is on track.'), para('Second paragraph.')] };
    const a = new Y.Doc();
    const b = new Y.Doc();
    writeBody(a, bodyFragment(a, 'sections', 's1', 'body'), body, null);
    exchange(a, b);
    writeBody(a, bodyFragment(a, 'sections', 's1', 'body'), { ...body, content: [para('The plan is well on track.'), body.content[1]!] }, null);
    writeBody(b, bodyFragment(b, 'sections', 's1', 'body'), { ...body, content: [para('The plan is on track, says B.'), body.content[1]!] }, null);
    exchange(a, b);
    const merged = { ...body, content: [para('The plan is well on track, says B.'), body.content[1]!] };
    expect(fragmentBody(bodyFragment(a, 'sections', 's1', 'body'))).toEqual(merged);
    expect(fragmentBody(bodyFragment(b, 'sections', 's1', 'body'))).toEqual(merged);
  });

  it('keeps one copy when two laptops seed the same stored body, and both when they seed different ones', () => {
    const [t, id, body] = bodies[0]!;
    const a = new Y.Doc();
    const b = new Y.Doc();
    writeBody(a, bodyFragment(a, t, id, 'body'), body, null);
    writeBody(b, bodyFragment(b, t, id, 'body'), body, null);
    exchange(a, b);
    expect(fragmentBody(bodyFragment(a, t, id, 'body'))).toEqual(body);
    expect(fragmentBody(bodyFragment(b, t, id, 'body'))).toEqual(body);
    const c = new Y.Doc();
    const d = new Y.Doc();
    writeBody(c, bodyFragment(c, t, 'x', 'body'), { type: 'doc', content: [para('C')] }, null);
    writeBody(d, bodyFragment(d, t, 'x', 'body'), { type: 'doc', content: [para('D')] }, null);
    exchange(c, d);
    expect(fragmentBody(bodyFragment(c, t, 'x', 'body'))?.content).toHaveLength(2);
  });

  it('leaves a value that is not rich text to the field writes', () => {
    const ydoc = new Y.Doc();
    expect(writeBody(ydoc, bodyFragment(ydoc, 'sections', 's', 'body'), 'plain', null)).toBe(false);
    expect(fragmentBody(bodyFragment(ydoc, 'sections', 's', 'body'))).toBeUndefined();
  });
});

describe('text removed by a colleague while typed here', () => {
  it('is noticed when a colleague’s deletion of a paragraph takes this laptop’s typing with it', () => {
    const body: RichDoc = { type: 'doc', content: [para('First paragraph.'), para('Second paragraph.')] };
    const a = new Y.Doc();
    const b = new Y.Doc();
    const watch = new RemovedTextWatch(b, 'papers', 'local');
    writeBody(a, bodyFragment(a, 'sections', 's1', 'body'), body, null);
    exchange(a, b);
    writeBody(a, bodyFragment(a, 'sections', 's1', 'body'), { ...body, content: [body.content[1]!] }, null);
    const typed: RichDoc = { ...body, content: [para('First paragraph, typed on B.'), body.content[1]!] };
    writeBody(b, bodyFragment(b, 'sections', 's1', 'body'), typed, 'local');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'server');
    const merged = fragmentBody(bodyFragment(b, 'sections', 's1', 'body'))!;
    expect(merged).toEqual({ ...body, content: [body.content[1]] });
    watch.taken('sections', { id: 's1', body: typed }, { id: 's1', body: merged });
    expect(watch.removed.map((r) => [r.index, r.text])).toEqual([[0, 'First paragraph, typed on B.']]);
  });
});
