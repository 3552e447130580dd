// Taking the author to a finding: the section or appendix, the paragraph inside its editor, the
// character where the problem starts, with the caret there (or the field for the title and cover).
import type { Location } from '../../../shared/check/model';

/** Whether the app can take the author to this place (a Word-only finding may have nowhere to go). */
export const canJump = (loc: Location): boolean => loc.targetKind !== undefined;

function placeCaret(block: HTMLElement, offset: number): void {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let left = offset;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const len = node.textContent?.length ?? 0;
    if (left <= len) {
      const range = document.createRange();
      range.setStart(node, left);
      range.collapse(true);
      const sel = window.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
      return;
    }
    left -= len;
  }
}

const labelled = (root: ParentNode, words: RegExp): HTMLElement | null => {
  for (const label of root.querySelectorAll('label')) if (words.test(label.textContent ?? '')) return (label.control as HTMLElement | null) ?? label.querySelector<HTMLElement>('input, textarea, select');
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
  const editor = container.querySelector<HTMLElement>('.ProseMirror');
  const blocks = editor ? [...editor.children].filter((c) => !c.classList.contains('ProseMirror-widget') && !c.classList.contains('ProseMirror-trailingBreak')) : [];
  const block = (loc.blockIndex !== undefined ? blocks[loc.blockIndex] : undefined) as HTMLElement | undefined;
  (block ?? container).scrollIntoView({ block: 'center' });
  if (editor && editor.getAttribute('contenteditable') === 'true') {
    editor.focus();
    if (block) placeCaret(block, loc.offset ?? 0);
  } else {
    const heading = container.querySelector<HTMLElement>('input, h2, h3') ?? container;
    if (!heading.hasAttribute('tabindex') && !(heading instanceof HTMLInputElement)) heading.setAttribute('tabindex', '-1');
    heading.focus();
  }
  return true;
}
