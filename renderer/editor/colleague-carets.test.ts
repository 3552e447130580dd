// @vitest-environment happy-dom
// Colleagues' carets in a bound body: two editors bound to one shared fragment (two laptops, their Y
// documents and awareness passed to each other as the server would), one showing where the other is.
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { absolutePositionToRelativePosition, prosemirrorJSONToYXmlFragment, ySyncPluginKey } from 'y-prosemirror';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { doc, para } from '../../shared/richtext/build';
import { caretName, isDrawableCaret } from './colleague-carets';
import { bindEditor, unbindEditor } from './live-binding';
import { paperSchemaExtensions } from './schema-extensions';

const body = doc(para('The panel noted the report.'), para('Contacts are listed.'));
const editors: Editor[] = [];
afterEach(() => {
  editors.splice(0).forEach((e) => e.destroy());
  document.body.innerHTML = '';
});

/** Two laptops' Y documents and awareness, each change passed to the other at once. */
function twoLaptops() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const editor = new Editor({ extensions: paperSchemaExtensions() });
  editors.push(editor);
  prosemirrorJSONToYXmlFragment(editor.schema, body, a.getXmlFragment('body'));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  a.on('update', (u: Uint8Array, o: unknown) => o !== 'server' && Y.applyUpdate(b, u, 'server'));
  b.on('update', (u: Uint8Array, o: unknown) => o !== 'server' && Y.applyUpdate(a, u, 'server'));
  const awA = new Awareness(a);
  const awB = new Awareness(b);
  const relay = (from: Awareness, to: Awareness) =>
    from.on('update', ({ added, updated, removed }: Record<string, number[]>, o: unknown) => {
      if (o !== 'server') applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [...added!, ...updated!, ...removed!]), 'server');
    });
  relay(awA, awB);
  relay(awB, awA);
  return { a, b, awA, awB };
}

/** An editor bound to the laptop's fragment; with awareness it draws colleagues' carets (and, focused, says where its own is). */
function boundEditor(ydoc: Y.Doc, awareness: Awareness | null): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  const e = new Editor({ element, extensions: paperSchemaExtensions(), content: body as never });
  editors.push(e);
  bindEditor(e, ydoc.getXmlFragment('body'), awareness);
  return e;
}

/** The binding draws the editor from the fragment, and the carets after an awareness change, in a timeout (y-prosemirror's). */
const drawn = () => new Promise((r) => setTimeout(r, 5));

/** Says, as the cursor plugin does when its editor has focus, that this laptop's caret is at `pos`. */
function caretAt(e: Editor, awareness: Awareness, pos: number) {
  const y = ySyncPluginKey.getState(e.state) as { type: Y.XmlFragment; binding: { mapping: Map<never, never> } };
  const rel = absolutePositionToRelativePosition(pos, y.type, y.binding.mapping);
  awareness.setLocalStateField('cursor', { anchor: rel, head: rel });
}

describe('colleagues’ carets in a team-synced body', () => {
  it('show where a colleague is, with their name, and move as they type', async () => {
    const { a, b, awA, awB } = twoLaptops();
    awB.setLocalStateField('user', { name: 'Alex  Carr' });
    const kim = boundEditor(a, awA);
    // Alex's editor is not focused here, so its plugin would take its caret back: the caret is said by hand.
    const alex = boundEditor(b, null);
    await drawn();
    caretAt(alex, awB, 5); // after "The "
    await drawn();
    const caret = () => kim.view.dom.querySelector<HTMLElement>('.collab-caret');
    expect(caret()?.dataset.name).toBe('Alex Carr');
    expect(caret()?.getAttribute('aria-hidden')).toBe('true');
    expect(caret()?.className).toMatch(/collab-colour-\d/);
    // The name is drawn by the stylesheet: the body's text is the body's own.
    expect(kim.getText()).toContain('The panel noted the report.');
    expect(kim.view.dom.textContent).not.toContain('Alex');
    // Kim's own caret is not drawn in Kim's editor.
    expect(kim.view.dom.querySelectorAll('.collab-caret')).toHaveLength(1);
    // Kim types before Alex's caret: it stays after "The " (relative positions), one word later.
    kim.commands.insertContentAt(1, 'Today ');
    const at = kim.view.posAtDOM(caret()!, 0);
    expect(kim.state.doc.textBetween(1, at)).toBe('Today The ');
  });

  it('go when the editor lets go of the shared text, and a colleague’s malformed caret is not drawn', async () => {
    const { a, b, awA, awB } = twoLaptops();
    const kim = boundEditor(a, awA);
    const alex = boundEditor(b, null);
    await drawn();
    awB.setLocalStateField('user', 'not an object');
    awB.setLocalStateField('cursor', { anchor: 7, head: { item: { client: 'x' } } });
    await drawn();
    expect(kim.view.dom.querySelectorAll('.collab-caret')).toHaveLength(0);
    expect(kim.getText()).toContain('Contacts are listed.');
    awB.setLocalStateField('user', { name: '' });
    caretAt(alex, awB, 2);
    await drawn();
    expect(kim.view.dom.querySelector<HTMLElement>('.collab-caret')?.dataset.name).toBe('A colleague');
    unbindEditor(kim);
    expect(kim.view.dom.querySelectorAll('.collab-caret')).toHaveLength(0);
  });

  it('read only what a colleague’s laptop may say', () => {
    const rel = { type: { client: 1, clock: 2 }, tname: null, item: null, assoc: 0 };
    expect(isDrawableCaret({ cursor: { anchor: rel, head: rel } })).toBe(true);
    expect(isDrawableCaret({ user: { name: 'Kim' }, cursor: { anchor: { item: { client: 3, clock: 4 } }, head: rel } })).toBe(true);
    for (const bad of [
      null,
      {},
      { cursor: null },
      { cursor: { anchor: rel } },
      { cursor: { anchor: rel, head: { type: 5 } } },
      { user: [], cursor: { anchor: rel, head: rel } },
    ])
      expect(isDrawableCaret(bad)).toBe(false);
    expect(caretName({ name: `  ${'x'.repeat(100)}` })).toHaveLength(60);
    expect(caretName(undefined)).toBe('A colleague');
  });
});
