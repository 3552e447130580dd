// Adding and describing images in the editor: the "Image…" command (pick a file, or edit the
// selected image), and pasted or dropped files. Every file goes through the shared check
// (shared/richtext/image.ts: PNG or JPEG, size limits, type from its bytes, pixel size from its
// header) and the author is asked for a description before anything is inserted.
import type { Editor } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { IMAGE_LIMITS, imageSrcOf } from '../../shared/richtext/image';
import type { ImageNode } from '../../shared/richtext/model';
import type { Asker } from '../ui/asker';

export const IMAGE_FILTER = { name: 'PNG or JPEG image', extensions: ['png', 'jpg', 'jpeg'] } as const;
const NOT_ADDED = 'Image not added';

/** Whether this editor takes images (sections, appendices, case studies; not an update printed in a table cell). */
export function imagesAllowed(editor: Editor): boolean {
  const ext = editor.extensionManager.extensions.find((e) => e.name === 'image');
  return (ext?.options as { insertable?: boolean } | undefined)?.insertable === true;
}

export function selectedImage(editor: Editor): ImageNode['attrs'] | null {
  const sel = editor.state.selection;
  return sel instanceof NodeSelection && sel.node.type.name === 'image' ? (sel.node.attrs as ImageNode['attrs']) : null;
}

/**
 * Where a new image goes: an image sits only at the top level of the text (list items and table
 * cells hold paragraphs), so from inside a list or table it goes after it; in a paragraph it splits it.
 */
function insertionPoint(editor: Editor, at: number | undefined): { pos: number; replaceSelection: boolean } {
  const { state } = editor;
  const pos = at ?? state.selection.from;
  const $pos = state.doc.resolve(Math.min(pos, state.doc.content.size));
  if (at === undefined && state.selection instanceof NodeSelection) return { pos: state.selection.to, replaceSelection: false };
  if ($pos.depth === 0 || ($pos.depth === 1 && $pos.parent.isTextblock)) return { pos, replaceSelection: at === undefined };
  return { pos: $pos.after(1), replaceSelection: false };
}

export function insertImage(editor: Editor, attrs: ImageNode['attrs'], at?: number): boolean {
  const node = { type: 'image', attrs: attrs.caption ? attrs : { ...attrs, caption: null } };
  const { pos, replaceSelection } = insertionPoint(editor, at);
  const chain = editor.chain().focus();
  return (replaceSelection ? chain.insertContent(node) : chain.insertContentAt(pos, node)).run();
}

/** Checks a file's bytes, asks for the description, inserts. False if refused or cancelled. */
export async function addImageFromBytes(editor: Editor, ask: Asker, bytes: Uint8Array, at?: number): Promise<boolean> {
  const made = imageSrcOf(bytes);
  if (!made.ok) {
    await ask.notice({ title: NOT_ADDED, message: made.reason });
    return false;
  }
  const details = await ask.imageDetails({ title: 'Describe the image', src: made.src, confirmLabel: 'Insert image' });
  if (!details || editor.isDestroyed) return false;
  return insertImage(editor, { src: made.src, alt: details.alt, width: made.facts.width, height: made.facts.height, caption: details.caption }, at);
}

/** Pasted or dropped files: each image in turn; anything else is refused with a reason. */
export async function addImageFiles(editor: Editor, ask: Asker, files: readonly File[], at?: number): Promise<void> {
  for (const file of files) {
    if (file.size > IMAGE_LIMITS.bytes) {
      await ask.notice({
        title: NOT_ADDED,
        message: `“${file.name}” is larger than ${IMAGE_LIMITS.bytes / 1024 / 1024} MB. Save it smaller and add it again.`,
      });
      continue;
    }
    await addImageFromBytes(editor, ask, new Uint8Array(await file.arrayBuffer()), at);
  }
}

/** The "Image…" command: edits the selected image's description and caption, or adds one from a file. */
export async function imageCommand({ editor, ask }: { editor: Editor; ask: Asker }): Promise<void> {
  const current = selectedImage(editor);
  if (current) {
    const details = await ask.imageDetails({
      title: 'Image description',
      src: current.src,
      alt: current.alt,
      caption: current.caption ?? '',
      confirmLabel: 'Save',
    });
    if (details)
      editor
        .chain()
        .focus()
        .updateAttributes('image', { alt: details.alt, caption: details.caption || null })
        .run();
    return;
  }
  let file: { name: string; data: Uint8Array } | null;
  try {
    file = await ask.file({ filter: IMAGE_FILTER });
  } catch (e) {
    await ask.notice({ title: NOT_ADDED, message: e instanceof Error ? e.message : String(e) });
    return;
  }
  if (file) await addImageFromBytes(editor, ask, file.data);
}
