// Yjs gives a document a new client id when a change from elsewhere carries the document's own id
// (its own earlier writes coming back under an id it had used). The provider's awareness keeps the
// old id, and the provider's next connect encodes the awareness of the document's current id: with
// none there, it throws and the laptop's sync stops. Moving the awareness to the new id keeps them one.
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';

export function followClientId(awareness: Awareness | null, doc: Y.Doc): void {
  if (!awareness || awareness.clientID === doc.clientID) return;
  const state = awareness.getLocalState();
  awareness.states.delete(awareness.clientID);
  awareness.meta.delete(awareness.clientID);
  awareness.clientID = doc.clientID;
  awareness.setLocalState(state);
}

/** Keeps the provider's awareness on the document's client id from now on. Returns the unsubscribe. */
export function keepAwarenessOnClientId(awareness: Awareness | null, doc: Y.Doc): () => void {
  const follow = () => followClientId(awareness, doc);
  doc.on('afterTransactionCleanup', follow);
  return () => doc.off('afterTransactionCleanup', follow);
}
