// Esc, then Tab, leaves the editor (as in other editors where Tab indents): inside a list Tab indents
// and in a table it moves between cells, so Tab alone cannot be the way out. Esc arms the next Tab
// (or Shift+Tab) to move focus to the next (or previous) control on the page; any other key disarms it.
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

/** The control before or after `from` in Tab order (document order; positive tabindex is not used here). */
export function neighbourInTabOrder(from: HTMLElement, backwards: boolean): HTMLElement | null {
  const all = [...document.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => el.getClientRects().length > 0 && !el.closest('[inert]'));
  // The editor's own contents (buttons inside a data block) are skipped: leaving means leaving all of it.
  const outside = all.filter((el) => el === from || !from.contains(el));
  const i = outside.indexOf(from);
  if (i < 0) return null;
  return outside[backwards ? i - 1 : i + 1] ?? null;
}

export const LeaveEditor = Extension.create({
  name: 'panelwrightLeaveEditor',
  // Before lists' and tables' own Tab.
  priority: 1100,
  addProseMirrorPlugins() {
    let armed = false;
    return [
      new Plugin({
        key: new PluginKey('panelwrightLeaveEditor'),
        props: {
          handleKeyDown: (view, event) => {
            if (event.key === 'Escape') {
              armed = true;
              return false; // Esc stays free for anything around the editor
            }
            if (event.key === 'Tab' && armed && !event.ctrlKey && !event.altKey && !event.metaKey) {
              armed = false;
              const next = neighbourInTabOrder(view.dom, event.shiftKey);
              if (next) {
                event.preventDefault();
                next.focus();
              }
              return true;
            }
            if (!['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) armed = false;
            return false;
          },
          handleDOMEvents: {
            blur: () => {
              armed = false;
              return false;
            },
          },
        },
      }),
    ];
  },
});
