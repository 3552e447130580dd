// The editor's image node: an atom shown at most the page's width, with its description as the
// img's alt. It is in a group of its own ("figure") that only the document takes, so an image can
// never land inside a list item or table cell (which hold paragraphs in the stored model).
// Pasted HTML keeps an <img> only if its src passes the shared check (a PNG/JPEG data URL): remote,
// javascript: and other sources are dropped, and the size is read from the image, not the HTML.
import { Node } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { NodeSelection, Plugin } from '@tiptap/pm/state';
import { checkImageSrc } from '../../shared/richtext/image';
import { getAsker } from '../ui/asker';
import { addImageFiles, imageCommand } from './images';

function attrsFrom(img: Element | null, caption: string | null): Record<string, unknown> | false {
  const src = img?.getAttribute('src') ?? '';
  const check = checkImageSrc(src);
  if (!check.ok) return false;
  return { src, alt: img?.getAttribute('alt') ?? '', width: check.facts.width, height: check.facts.height, caption: caption?.trim() || null };
}

const imageFiles = (list: FileList | null | undefined): File[] =>
  [...(list ?? [])].filter((f) => f.type.startsWith('image/') || /\.(png|jpe?g)$/i.test(f.name));

function renderInto(dom: HTMLElement, node: PmNode): void {
  const img = dom.querySelector('img')!;
  const { src, alt, width, height, caption } = node.attrs as { src: string; alt: string; width: number; height: number; caption: string | null };
  if (img.getAttribute('src') !== src) img.setAttribute('src', src);
  img.alt = alt;
  img.width = width;
  img.height = height;
  const figcaption = dom.querySelector('figcaption')!;
  figcaption.textContent = caption ?? '';
  figcaption.hidden = !caption;
  const warning = dom.querySelector<HTMLElement>('.image-warning')!;
  warning.hidden = alt.trim() !== '';
}

export const ImageNodeExtension = Node.create<{ insertable: boolean }>({
  name: 'image',
  group: 'figure',
  atom: true,
  selectable: true,
  draggable: true,
  addOptions: () => ({ insertable: false }),
  addAttributes() {
    // parseHTML null: every attribute comes from the rule's getAttrs (checked src; size read from the
    // image), never straight from the pasted HTML's own width="…".
    const attr = (fallback: unknown) => ({ default: fallback, parseHTML: () => null });
    return { src: attr(''), alt: attr(''), width: attr(1), height: attr(1), caption: attr(null) };
  },
  parseHTML() {
    // An editor that takes no images takes none from pasted HTML either.
    if (!this.options.insertable) return [];
    return [
      { tag: 'figure[data-image]', getAttrs: (el) => attrsFrom(el.querySelector('img'), el.querySelector('figcaption')?.textContent ?? null) },
      { tag: 'img[src]', getAttrs: (el) => attrsFrom(el, null) },
    ];
  },
  renderHTML: ({ node }) => {
    const { src, alt, width, height, caption } = node.attrs as Record<string, string | number | null>;
    const img = ['img', { src, alt, width: String(width), height: String(height) }] as const;
    return caption ? ['figure', { 'data-image': '' }, img, ['figcaption', {}, String(caption)]] : ['figure', { 'data-image': '' }, img];
  },
  renderText: () => '',
  addNodeView() {
    return ({ node }) => {
      const dom = document.createElement('figure');
      dom.className = 'rich-image';
      dom.setAttribute('data-image', '');
      dom.contentEditable = 'false';
      const img = document.createElement('img');
      img.draggable = false; // the node is dragged, not the picture's data
      const warning = document.createElement('p');
      warning.className = 'image-warning';
      warning.textContent = 'No description (alt text) yet: double-click the image to add one. The paper cannot be exported without it.';
      dom.append(img, document.createElement('figcaption'), warning);
      renderInto(dom, node);
      return {
        dom,
        update: (next) => next.type.name === 'image' && (renderInto(dom, next), true),
        ignoreMutation: () => true,
      };
    };
  },
  addProseMirrorPlugins() {
    const editor = this.editor;
    const insertable = this.options.insertable;
    return [
      new Plugin({
        props: {
          handleDoubleClickOn(view, pos, node) {
            if (node.type.name !== 'image' || !view.editable) return false;
            view.dispatch(view.state.tr.setSelection(NodeSelection.create(view.state.doc, pos)));
            void imageCommand({ editor, ask: getAsker() });
            return true;
          },
          // Image files pasted or dropped go through the same check and description as a picked file.
          // Text copied from Word also carries a picture of itself: with text on the clipboard, the text is pasted.
          handlePaste(view, event) {
            const files = imageFiles(event.clipboardData?.files);
            if (!files.length || !view.editable || (event.clipboardData?.getData('text/plain') ?? '').trim() !== '') return false;
            if (insertable) void addImageFiles(editor, getAsker(), files);
            else
              void getAsker().notice({ title: 'Image not added', message: 'Images cannot be added here. Put them in a section, an appendix or a case study.' });
            return true;
          },
          handleDrop(view, event, _slice, moved) {
            const files = moved ? [] : imageFiles(event.dataTransfer?.files);
            if (!files.length || !insertable || !view.editable) return false;
            event.preventDefault();
            const at = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
            void addImageFiles(editor, getAsker(), files, at);
            return true;
          },
        },
      }),
    ];
  },
});
