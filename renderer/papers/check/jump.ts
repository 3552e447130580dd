// Taking the author to a finding: the section or appendix, the paragraph inside its editor, the
// character where the problem starts, with the caret there (or the field for the title and cover).
import type { Editor } from '@tiptap/core';
import type { Location } from '../../../shared/check/model';

/** Whether the app can take the author to this place (a Word-only finding may have nowhere to go). */
export const canJump = (loc: Location): boolean => loc.targetKind !== undefined;

/** The text node and offset inside it where the finding's character offset falls. */
function textPoint(block: HTMLElement, offset: number): { node: Node; offset: number } | null {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let left = offset;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const len = node.textContent?.length ?? 0;
    if (left <= len) return { node, offset: left };
    left -= len;
  }
  return null;
}

/**
 * Focuses the editor with the caret at the point. Through the editor when it is there: ProseMirror
 * puts back its own selection shortly after it gains focus, so a DOM selection set at the same moment
 * can be undone before it is read, and the author's next keys land where the caret was before.
 */
function focusAt(editor: HTMLElement & { editor?: Editor }, block: HTMLElement | undefined, offset: number): void {
  const point = block ? textPoint(block, offset) : null;
  const tiptap = editor.editor;
  if (tiptap && !tiptap.isDestroyed) {
    const pos = point ? tiptap.view.posAtDOM(point.node, point.offset) : block ? tiptap.view.posAtDOM(block, 0) : null;
    if (pos !== null) tiptap.commands.setTextSelection(pos);
    // The view's own focus, now: the editor's focus command waits a frame, and keys pressed in it are lost.
    tiptap.view.focus();
    return;
  }
  editor.focus();
  if (!point) return;
  const range = document.createRange();
  range.setStart(point.node, point.offset);
  range.collapse(true);
  const sel = window.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
}

const labelled = (root: ParentNode, words: RegExp): HTMLElement | null => {
  for (const label of root.querySelectorAll('label'))
    if (words.test(label.textContent ?? '')) return label.control ?? label.querySelector<HTMLElement>('input, textarea, select');
  return null;
};

/** Scrolls to the place and focuses it; returns false when it is not on screen (e.g. removed meanwhile). */
export function jumpTo(loc: Location): boolean {
  if (loc.targetKind === 'title') {
    const input = document.querySelector<HTMLElement>('.paper-title-field input');
    input?.focus();
    return !!input;
  }
  if (loc.targetKind === 'cover') {
    const cover = document.getElementById('cover');
    const field = cover && (labelled(cover, /exemption/i) ?? cover.querySelector<HTMLElement>('input, select, textarea'));
    field?.scrollIntoView({ block: 'center' });
    field?.focus();
    return !!field;
  }
  if (!loc.targetId) return false;
  const container = document.getElementById(`${loc.targetKind}-${loc.targetId}`);
  if (!container) return false;
  if (loc.heading) {
    const title = container.querySelector<HTMLElement>('.section-heading input, .section-heading textarea, h2, h3') ?? container;
    title.scrollIntoView({ block: 'center' });
    if (!title.matches('input, textarea') && !title.hasAttribute('tabindex')) title.setAttribute('tabindex', '-1');
    title.focus();
    return true;
  }
  const editor = container.querySelector<HTMLElement & { editor?: Editor }>('.ProseMirror');
  const blocks = editor
    ? [...editor.children].filter((c) => !c.classList.contains('ProseMirror-widget') && !c.classList.contains('ProseMirror-trailingBreak'))
    : [];
  const block = (loc.blockIndex !== undefined ? blocks[loc.blockIndex] : undefined) as HTMLElement | undefined;
  (block ?? container).scrollIntoView({ block: 'center' });
  if (editor && editor.getAttribute('contenteditable') === 'true') {
    focusAt(editor, block, loc.offset ?? 0);
  } else {
    const heading = container.querySelector<HTMLElement>('input, h2, h3') ?? container;
    if (!heading.hasAttribute('tabindex') && !(heading instanceof HTMLInputElement)) heading.setAttribute('tabindex', '-1');
    heading.focus();
  }
  return true;
}
