// A stored body as the sync code reads it: a ProseMirror node of the app's schema, and the body a
// Y.XmlFragment holds. Used by the mirror (rich-text.ts) and by saves that merge (merge-bodies.ts).
import type { Node as PmNode } from '@tiptap/pm/model';
import type * as Y from 'yjs';
import { yXmlFragmentToProsemirrorJSON } from 'y-prosemirror';
import type { RichDoc } from '../../shared/richtext/model';
import { toRichDoc } from '../editor/to-rich-doc';
import { richSchema } from './rich-schema';

/** The stored body as a ProseMirror node of the app's schema, or null for a value that is not one. */
export function bodyNode(body: unknown): PmNode | null {
  if (!body || typeof body !== 'object' || (body as { type?: unknown }).type !== 'doc') return null;
  try {
    return richSchema.nodeFromJSON(body);
  } catch {
    return null;
  }
}

/** The body a fragment holds, as stored JSON; undefined while it holds nothing (the body travels as field writes). */
export function fragmentBody(fragment: Y.XmlFragment): RichDoc | undefined {
  if (fragment.length === 0) return undefined;
  // The JSON reader only reads. The suggested yXmlFragmentToProseMirrorRootNode deletes, in the shared
  // document, elements it cannot build and merges adjacent texts: reading must never change a body.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  return toRichDoc(yXmlFragmentToProsemirrorJSON(fragment) as never);
}
