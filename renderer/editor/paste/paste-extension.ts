// The editor's paste handling: HTML from Word, LibreOffice, Google Docs and web pages normalised
// (normalise.ts) before TipTap parses it through the paper's schema, and a short notice saying
// what was done. Ctrl+Shift+V pastes plain text (ProseMirror's own: the HTML is not read at all).
import { Extension } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';
import { showToast } from '../../ui/toast';
import { normalisePastedHtml, pasteNotice } from './normalise';

export const PasteFromOffice = Extension.create({
  name: 'pasteFromOffice',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        props: {
          transformPastedHTML(html) {
            if (typeof DOMParser === 'undefined') return html;
            const origin = typeof location !== 'undefined' ? location.origin : '';
            const { html: out, changes } = normalisePastedHtml(html, origin, (h) => new DOMParser().parseFromString(h, 'text/html'));
            const notice = pasteNotice(changes);
            // After the paste has happened: the notice describes what is now in the text.
            if (notice) setTimeout(() => showToast({ text: notice, tone: 'info' }), 0);
            return out;
          },
        },
      }),
    ];
  },
});
