// @vitest-environment happy-dom
// An open editor bound to its body's fragment (team sync): laptop A runs the app's RichTextEditor
// over its own Dexie and mirror; laptop B, the colleague, is a bound editor of its own. The "server"
// is the two Y documents passing their updates to each other while linked.
import 'fake-indexeddb/auto';
import { Editor } from '@tiptap/core';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { doc, para } from '../../shared/richtext/build';
import { inlineText } from '../../shared/richtext/model';
import type { ParagraphNode, RichDoc } from '../../shared/richtext/model';
import { createPaper, loadBundle, setSectionBody } from '../db/papers-repo';
import type { PanelwrightDb } from '../db/database';
import { freshDb, tick } from '../db/test-helpers';
import { DocMirror } from '../sync/mirror';
import { bodyFragment, fragmentBody } from '../sync/rich-text';
import { LabelsExtension } from './labels-plugin';
import { bindEditor, isLive, liveUndo } from './live-binding';
import { RichTextEditor } from './RichTextEditor';
import { paperSchemaExtensions } from './schema-extensions';
import { toRichDoc } from './to-rich-doc';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// What team sync offers laptop A's editor: its mirror's fragment while `offering`.
const team = vi.hoisted(() => ({
  offer: null as null | (() => unknown),
  listeners: new Set<() => void>(),
}));
vi.mock('../sync/team', () => ({
  teamLiveBody: () => (team.offer ? team.offer() : null),
  onTeamChange: (l: () => void) => {
    team.listeners.add(l);
    return () => team.listeners.delete(l);
  },
}));
const teamChanged = async () => {
  await act(async () => {
    for (const l of team.listeners) l();
    await tick();
  });
};

const paragraphs = (body: RichDoc) => body.content.map((b) => inlineText((b as ParagraphNode).content));
const shown = (e: Editor) => paragraphs(toRichDoc(e.getJSON()));
const wait = (ms: number) => act(() => new Promise<void>((r) => setTimeout(r, ms)));
const SAVED = 1100; // the saver's debounce ceiling (800 ms) and the write

/** The server: while linked, each document's changes reach the other at once. */
function link(a: Y.Doc, b: Y.Doc) {
  let on = true;
  const pass = (to: Y.Doc) => (u: Uint8Array, origin: unknown) => {
    if (on && origin !== 'server') Y.applyUpdate(to, u, 'server');
  };
  const toB = pass(b);
  const toA = pass(a);
  a.on('update', toB);
  b.on('update', toA);
  const catchUp = () => {
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'server');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'server');
  };
  return {
    cut: () => (on = false),
    mend: () => {
      on = true;
      catchUp();
    },
  };
}

interface Laptops {
  dbA: PanelwrightDb;
  A: DocMirror;
  B: DocMirror;
  sectionId: string;
  agreed: RichDoc;
}

/** A paper both laptops hold, its section's body agreed and in the fragment on both. */
async function twoLaptops(): Promise<Laptops> {
  const dbA = freshDb('a');
  const dbB = freshDb('b');
  const paperId = await createPaper(dbA, { title: 'Shared paper' });
  const sectionId = (await loadBundle(dbA, paperId))!.sections[0]!.id;
  const A = new DocMirror(dbA, 'papers');
  const B = new DocMirror(dbB, 'papers');
  await A.markJoined();
  await B.markJoined();
  const agreed = doc(para('The panel noted the report.'), para('Contacts are listed.'));
  await setSectionBody(dbA, sectionId, agreed);
  await A.tick();
  Y.applyUpdate(B.ydoc, Y.encodeStateAsUpdate(A.ydoc), 'server');
  B.remoteChanged();
  await B.tick();
  return { dbA, A, B, sectionId, agreed };
}

const editors: Editor[] = [];
let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  editors.splice(0).forEach((e) => e.destroy());
  team.offer = null;
  team.listeners.clear();
});
beforeEach(() => {
  team.offer = null;
});

/** The colleague's editor on laptop B, bound to B's fragment. */
function colleague(l: Laptops): Editor {
  const e = new Editor({
    extensions: [...paperSchemaExtensions(), LabelsExtension.configure({ initial: { sectionNo: 1, footnoteMarks: new Map() } })],
    content: l.agreed as never,
  });
  editors.push(e);
  bindEditor(e, bodyFragment(l.B.ydoc, 'sections', l.sectionId, 'body'));
  l.B.bindBody('sections', l.sectionId, 'body');
  return e;
}

/** Laptop A's open section, the app's editor, saving into A's Dexie. Returns its TipTap editor. */
async function authorEditor(l: Laptops, writes = { on: true }): Promise<Editor> {
  const host = document.createElement('div');
  document.body.append(host);
  const row = (await l.dbA.sections.get(l.sectionId))!;
  team.offer = () => ({
    fragment: bodyFragment(l.A.ydoc, 'sections', l.sectionId, 'body'),
    allowed: () => Promise.resolve(true),
    bind: () => l.A.bindBody('sections', l.sectionId, 'body'),
  });
  root = createRoot(host);
  await act(async () => {
    root!.render(
      <RichTextEditor
        initial={row.body}
        version={row.updatedAt}
        labels={{ sectionNo: 1, footnoteMarks: new Map() }}
        ariaLabel="Section 1: Introduction"
        // `writes.on` false: the app has crashed, and nothing it saves reaches the disk.
        save={(body, base) => (writes.on ? setSectionBody(l.dbA, l.sectionId, body, base) : new Promise(() => {}))}
        live={{ table: 'sections', id: l.sectionId, field: 'body' }}
      />,
    );
    await tick();
  });
  const dom = host.querySelector<HTMLElement & { editor?: Editor }>('.ProseMirror');
  return dom!.editor!;
}

/** Types before the full stop of paragraph `n` (1-based), as the person would. */
function typeAtEndOf(e: Editor, n: number, text: string) {
  let pos = 0;
  e.state.doc.forEach((node, offset, i) => {
    if (i === n - 1) pos = offset + node.nodeSize - 2;
  });
  e.chain().setTextSelection(pos).insertContent(text).run();
}

const bodyIn = async (db: PanelwrightDb, id: string) => paragraphs((await db.sections.get(id))!.body);

describe('an open section bound to team sync', () => {
  it('shows a colleague’s typing as it is typed, and saves it into the paper', async () => {
    const l = await twoLaptops();
    const server = link(l.A.ydoc, l.B.ydoc);
    const eA = await authorEditor(l);
    expect(isLive(eA)).toBe(true);
    const eB = colleague(l);
    act(() => typeAtEndOf(eB, 2, ' below'));
    // No save, no tick: the keystroke itself reached the open editor.
    expect(shown(eA)).toEqual(['The panel noted the report.', 'Contacts are listed below.']);
    // Both type in one paragraph while apart; both keep their words when the link is back.
    server.cut();
    act(() => typeAtEndOf(eA, 1, ' on 3 May'));
    act(() => typeAtEndOf(eB, 1, ' in full'));
    server.mend();
    expect(shown(eA)).toEqual(shown(eB));
    expect(shown(eA)[0]).toMatch(/^The panel noted the report( on 3 May| in full){2}\.$/);
    await wait(SAVED);
    expect(await bodyIn(l.dbA, l.sectionId)).toEqual(shown(eA));
  });

  it('a tick never puts an older saved body into the fragment over newer typing', async () => {
    const l = await twoLaptops();
    link(l.A.ydoc, l.B.ydoc);
    const eA = await authorEditor(l);
    const eB = colleague(l);
    act(() => typeAtEndOf(eA, 2, ' below'));
    await wait(SAVED);
    // Typing goes on; the saver has not written it yet when the mirror looks.
    act(() => typeAtEndOf(eA, 2, ' with their roles'));
    await l.A.tick();
    expect(shown(eA)).toEqual(['The panel noted the report.', 'Contacts are listed below with their roles.']);
    expect(shown(eB)).toEqual(shown(eA));
    await wait(SAVED);
    await l.A.tick();
    expect(await bodyIn(l.dbA, l.sectionId)).toEqual(shown(eA));
    expect(shown(eB)).toEqual(shown(eA));
  });

  it('undo takes back this person’s typing and leaves the colleague’s', async () => {
    const l = await twoLaptops();
    link(l.A.ydoc, l.B.ydoc);
    const eA = await authorEditor(l);
    const eB = colleague(l);
    act(() => typeAtEndOf(eA, 1, ' on 3 May'));
    act(() => typeAtEndOf(eB, 2, ' below'));
    act(() => void liveUndo(eA));
    expect(shown(eA)).toEqual(['The panel noted the report.', 'Contacts are listed below.']);
    expect(shown(eB)).toEqual(shown(eA));
    await wait(SAVED);
    expect(await bodyIn(l.dbA, l.sectionId)).toEqual(shown(eA));
  });

  it('a paragraph a colleague deleted while it was typed in here is listed to restore', async () => {
    const l = await twoLaptops();
    const server = link(l.A.ydoc, l.B.ydoc);
    const eA = await authorEditor(l);
    const eB = colleague(l);
    server.cut();
    act(() => typeAtEndOf(eA, 2, ' with their roles'));
    await wait(SAVED); // saved here before the colleague's change arrives
    act(() => {
      eB.chain()
        .setTextSelection(eB.state.doc.firstChild!.nodeSize + 1)
        .selectParentNode()
        .deleteSelection()
        .run();
    });
    expect(shown(eB)).toEqual(['The panel noted the report.']);
    server.mend();
    expect(shown(eA)).toEqual(['The panel noted the report.']);
    await l.A.tick();
    expect(l.A.current.removed.map((r) => r.text)).toEqual(['Contacts are listed with their roles.']);
  });

  it('a paragraph this person deleted is not listed as a colleague’s removal', async () => {
    const l = await twoLaptops();
    link(l.A.ydoc, l.B.ydoc);
    const eA = await authorEditor(l);
    const eB = colleague(l);
    act(() => typeAtEndOf(eA, 2, ' with their roles'));
    act(() => typeAtEndOf(eB, 1, ' in full'));
    act(() => {
      eA.chain()
        .setTextSelection(eA.state.doc.firstChild!.nodeSize + 1)
        .selectParentNode()
        .deleteSelection()
        .run();
    });
    expect(shown(eB)).toEqual(['The panel noted the report in full.']);
    await wait(SAVED);
    await l.A.tick();
    expect(l.A.current.removed).toEqual([]);
  });

  it('after the app closed while bound, the next start sends what the fragment never got, and nothing twice', async () => {
    const l = await twoLaptops();
    const eA = await authorEditor(l);
    act(() => typeAtEndOf(eA, 2, ' below'));
    // Before the save: the document holds the typing, Dexie not yet. The engine marks every change it
    // did not make itself (the binding's too), so the tick saves the Y state.
    l.A.remoteChanged();
    await l.A.tick();
    await wait(SAVED);
    act(() => typeAtEndOf(eA, 2, ' with their roles'));
    await wait(SAVED); // saved into Dexie; no tick after it before the app closed
    const expected = ['The panel noted the report.', 'Contacts are listed below with their roles.'];
    expect(await bodyIn(l.dbA, l.sectionId)).toEqual(expected);

    // The next start: a new mirror over the same database, from the Y state saved at the last tick.
    const again = new DocMirror(l.dbA, 'papers');
    await again.load();
    await again.tick();
    const fragment = bodyFragment(again.ydoc, 'sections', l.sectionId, 'body');
    expect(paragraphs(fragmentBody(fragment)!)).toEqual(expected);
    expect(await bodyIn(l.dbA, l.sectionId)).toEqual(expected);
  });

  it('after a crash just after a colleague’s typing arrived, the next start keeps it (it was in the Y state, not yet in Dexie)', async () => {
    const l = await twoLaptops();
    link(l.A.ydoc, l.B.ydoc);
    const writes = { on: true };
    const eA = await authorEditor(l, writes);
    const eB = colleague(l);
    act(() => typeAtEndOf(eB, 2, ' below'));
    expect(shown(eA)).toEqual(['The panel noted the report.', 'Contacts are listed below.']);
    writes.on = false;
    l.A.remoteChanged();
    await l.A.tick(); // the Y state is saved with the colleague's words; the editor's save never lands
    expect(await bodyIn(l.dbA, l.sectionId)).toEqual(paragraphs(l.agreed));

    const again = new DocMirror(l.dbA, 'papers');
    await again.load();
    await again.tick();
    const expected = ['The panel noted the report.', 'Contacts are listed below.'];
    expect(paragraphs(fragmentBody(bodyFragment(again.ydoc, 'sections', l.sectionId, 'body'))!)).toEqual(expected);
    expect(await bodyIn(l.dbA, l.sectionId)).toEqual(expected);
  });

  it('binds only when the fragment holds the body shown, and lets go when team sync stops offering it', async () => {
    const l = await twoLaptops();
    // Saved here after the last tick: the fragment holds the older body.
    await setSectionBody(l.dbA, l.sectionId, doc(para('The panel noted the report.'), para('Contacts are listed below.')));
    const eA = await authorEditor(l);
    expect(isLive(eA)).toBe(false);
    await l.A.tick();
    await teamChanged();
    expect(isLive(eA)).toBe(true);
    team.offer = null;
    await teamChanged();
    expect(isLive(eA)).toBe(false);
    // Its own undo again: typing after letting go is taken back by ProseMirror's history.
    act(() => typeAtEndOf(eA, 1, ' again'));
    act(() => void eA.commands.undo());
    expect(shown(eA)).toEqual(['The panel noted the report.', 'Contacts are listed below.']);
  });
});
