import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { keepAwarenessOnClientId } from './awareness-id';

/** A change made elsewhere under this document's own client id: Yjs then gives the document a new id. */
function ownIdComesBack(doc: Y.Doc) {
  const other = new Y.Doc();
  other.clientID = doc.clientID;
  other.getMap('m').set('k', 'v');
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
  other.destroy();
}

describe("the provider's awareness follows the document's client id", () => {
  it('without it, encoding the awareness of the new id throws (what stopped a laptop syncing)', () => {
    const doc = new Y.Doc();
    const awareness = new Awareness(doc);
    const before = doc.clientID;
    ownIdComesBack(doc);
    expect(doc.clientID).not.toBe(before);
    expect(() => encodeAwarenessUpdate(awareness, [doc.clientID])).toThrow();
  });

  it('with it, the awareness moves to the new id, keeps its state, and encodes', () => {
    const doc = new Y.Doc();
    const awareness = new Awareness(doc);
    awareness.setLocalStateField('user', 'Kim');
    keepAwarenessOnClientId(awareness, doc);
    const before = doc.clientID;
    ownIdComesBack(doc);
    expect(doc.clientID).not.toBe(before);
    expect(awareness.clientID).toBe(doc.clientID);
    expect(awareness.getLocalState()).toEqual({ user: 'Kim' });
    expect(awareness.getStates().has(before)).toBe(false);
    expect(() => encodeAwarenessUpdate(awareness, [doc.clientID])).not.toThrow();
  });
});
