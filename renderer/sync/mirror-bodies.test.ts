// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { doc, para } from '../../shared/richtext/build';
import { inlineText } from '../../shared/richtext/model';
import type { ParagraphNode, RichDoc } from '../../shared/richtext/model';
import { createPaper, loadBundle, setSectionBody } from '../db/papers-repo';
import type { PanelwrightDb } from '../db/database';
import { freshDb, tick } from '../db/test-helpers';
import { DocMirror } from './mirror';

const paragraphs = (body: RichDoc) => body.content.map((b) => inlineText((b as ParagraphNode).content));
/** What the server would carry: each side's changes to the other. */
function exchange(from: DocMirror, to: DocMirror) {
  Y.applyUpdate(to.ydoc, Y.encodeStateAsUpdate(from.ydoc, Y.encodeStateVector(to.ydoc)));
  to.remoteChanged();
}
const bodyIn = async (db: PanelwrightDb, id: string) => (await db.sections.get(id))!.body;

describe('a body changed here and in the document between two ticks', () => {
  it('keeps both: this laptop’s saved typing goes in on top of the colleague’s that arrived before the tick', async () => {
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
    exchange(A, B);
    await B.tick();
    expect(paragraphs(await bodyIn(dbB, sectionId))).toEqual(paragraphs(agreed));

    // B saves typing in the second paragraph; before B's next tick, A's typing in the first arrives.
    await tick();
    await setSectionBody(dbB, sectionId, doc(para('The panel noted the report.'), para('Contacts are listed below.')));
    await setSectionBody(dbA, sectionId, doc(para('The panel noted the report and its appendix.'), para('Contacts are listed.')));
    await A.tick();
    exchange(A, B);
    await B.tick();
    exchange(B, A);
    await A.tick();
    const both = ['The panel noted the report and its appendix.', 'Contacts are listed below.'];
    expect(paragraphs(await bodyIn(dbB, sectionId))).toEqual(both);
    expect(paragraphs(await bodyIn(dbA, sectionId))).toEqual(both);
    expect(B.current.removed).toEqual([]);
  });
});
