// Three-way merge of a rich-text body: what it was (base), what this writer made of it (local) and
// what is stored now (current: another window's save, or a colleague's typing taken in by team sync
// while this editor had unsaved typing). Both changes are replayed as Yjs edits on one copy of the
// base — the same engine that merges bodies between laptops — so typing in different places, even
// in one paragraph, both stay; nothing either side wrote is dropped because the other saved later.
import * as Y from 'yjs';
import { prosemirrorToYXmlFragment, updateYFragment } from 'y-prosemirror';
import type { RichDoc } from '../../shared/richtext/model';
import { sameJson } from '../../shared/merge/diff';
import { bodyNode, fragmentBody } from './body-node';

const NAME = 'body';
const same = sameJson;

/** The edits that turn `base` into `node`, as a Yjs update on top of the base document's state. */
function editsFrom(baseUpdate: Uint8Array, baseVector: Uint8Array, node: NonNullable<ReturnType<typeof bodyNode>>, client: number): Uint8Array {
  const d = new Y.Doc();
  d.clientID = client;
  Y.applyUpdate(d, baseUpdate);
  d.transact(() => updateYFragment(d, d.getXmlFragment(NAME), node, { mapping: new Map(), isOMark: new Map() }));
  const edits = Y.encodeStateAsUpdate(d, baseVector);
  d.destroy();
  return edits;
}

/**
 * The body with both changes made since `base`: `local`'s and `current`'s. Where they touch the same
 * characters, both texts stay (the local text first). When a value is not rich text, or nothing is
 * known of the base, `local` stands, as a plain save would have it.
 */
export function mergeBodies(base: unknown, local: RichDoc, current: unknown): RichDoc {
  if (same(current, base) || same(current, local)) return local;
  if (same(local, base) && bodyNode(current)) return current as RichDoc;
  const b = bodyNode(base);
  const l = bodyNode(local);
  const c = bodyNode(current);
  if (!b || !l || !c) return local;
  const seed = new Y.Doc();
  seed.clientID = 1;
  prosemirrorToYXmlFragment(b, seed.getXmlFragment(NAME));
  const baseUpdate = Y.encodeStateAsUpdate(seed);
  const baseVector = Y.encodeStateVector(seed);
  // Yjs orders concurrent inserts at one place by client id: the lower (local) comes first.
  const localEdits = editsFrom(baseUpdate, baseVector, l, 2);
  const currentEdits = editsFrom(baseUpdate, baseVector, c, 3);
  Y.applyUpdate(seed, localEdits);
  Y.applyUpdate(seed, currentEdits);
  const merged = fragmentBody(seed.getXmlFragment(NAME)) ?? local;
  seed.destroy();
  // A merge the schema cannot hold (both sides reshaped one table) is not written: local stands.
  return bodyNode(merged) ? merged : local;
}
