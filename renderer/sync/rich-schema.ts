// The editor's ProseMirror schema (renderer/editor/schema-extensions.ts) as plain node and mark
// specs, for code that reads or writes bodies outside an editor and outside a browser (team sync's
// mirror, the two-laptop harness). Only names, content, groups and attributes with their defaults
// matter there; rich-text.test.ts checks they are the editor's.
import { Schema } from '@tiptap/pm/model';

const CELL = '(paragraph | bulletList | orderedList)+';
const cellAttrs = { colspan: { default: 1 }, rowspan: { default: 1 }, colwidth: { default: null }, align: { default: null } };

export const richSchema = new Schema({
  topNode: 'doc',
  nodes: {
    paragraph: { content: 'inline*', group: 'block', attrs: { numbered: { default: true } } },
    bulletList: { content: 'listItem+', group: 'block list' },
    hardBreak: { group: 'inline', inline: true, selectable: false },
    orderedList: { content: 'listItem+', group: 'block list', attrs: { start: { default: 1 }, type: { default: null } } },
    text: { group: 'inline' },
    doc: { content: '(block | figure)+' },
    subheading: { content: 'inline*', group: 'block', defining: true, attrs: { level: { default: 2 } } },
    blockquote: { content: 'paragraph+', group: 'block', defining: true },
    footnote: { group: 'inline', inline: true, atom: true, attrs: { id: { default: '' }, text: { default: '' }, content: { default: null } } },
    listItem: { content: 'paragraph (paragraph | bulletList | orderedList)*', defining: true },
    table: { content: 'tableRow+', group: 'block', isolating: true },
    tableRow: { content: '(tableCell | tableHeader)*' },
    tableHeader: { content: CELL, attrs: cellAttrs, isolating: true },
    tableCell: { content: CELL, attrs: cellAttrs, isolating: true },
    dataBlock: { group: 'block', atom: true, attrs: { blockId: { default: '' } } },
    image: {
      group: 'figure',
      atom: true,
      attrs: { src: { default: '' }, alt: { default: '' }, width: { default: 1 }, height: { default: 1 }, caption: { default: null } },
    },
  },
  marks: {
    link: {
      attrs: {
        href: { default: null },
        target: { default: null },
        rel: { default: 'noopener noreferrer' },
        class: { default: null },
        title: { default: null },
      },
      inclusive: true,
    },
    bold: {},
    italic: {},
    underline: {},
  },
});
