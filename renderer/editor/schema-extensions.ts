// The editor's schema: exactly the node and mark types of shared/richtext/model.ts, so what the
// editor stores is what the exporter reads. Pasted HTML is parsed through this schema, so anything
// it does not name (scripts, event handlers, styles, remote images) never reaches the stored document.
import { Node, mergeAttributes } from '@tiptap/core';
import Paragraph from '@tiptap/extension-paragraph';
import { ListItem } from '@tiptap/extension-list';
import StarterKit from '@tiptap/starter-kit';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import type { Extensions } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import { NodeSelection, Plugin } from '@tiptap/pm/state';
import { isStorableLink } from '../../shared/richtext/model';
import type { FootnoteInline } from '../../shared/richtext/model';
import { cleanFootnoteContent } from '../../shared/richtext/footnote';
import { getAsker } from '../ui/asker';
import { footnoteCommand } from './commands';
import { DataBlock } from '../blocks/data-block-node';
import { ImageNodeExtension } from './image-node';
import { FigureColumns } from './figure-columns';
import { PaperTableView } from './table-view';
import { PasteFromOffice } from './paste/paste-extension';

/** The document: blocks, and images ("figure"), which only the top level takes (see image-node.ts). */
const Document = Node.create({ name: 'doc', topNode: true, content: '(block | figure)+' });

/** A paragraph that is numbered at the top level of a section unless `numbered` is false. */
const NumberedParagraph = Paragraph.extend({
  addProseMirrorPlugins() {
    return [
      new Plugin({
        props: {
          // A new paragraph starts a new undo step, so Undo takes back one paragraph at a time (as in
          // Word) rather than everything typed within half a second.
          handleKeyDown(view, event) {
            if (event.key === 'Enter' && !event.isComposing) view.dispatch(closeHistory(view.state.tr));
            return false;
          },
        },
      }),
    ];
  },
  addAttributes() {
    return {
      numbered: {
        default: true,
        parseHTML: (el) => el.getAttribute('data-numbered') !== 'false',
        renderHTML: (attrs) => (attrs.numbered === false ? { 'data-numbered': 'false' } : {}),
      },
    };
  },
});

/** A sub-heading inside a section: bold, unnumbered, does not break paragraph numbering. */
export const Subheading = Node.create({
  name: 'subheading',
  group: 'block',
  content: 'inline*',
  defining: true,
  addAttributes() {
    // 2: a sub-heading; 3: a heading under it (a plan document's 1.1.1).
    return { level: { default: 2, parseHTML: (el) => (el.tagName === 'H4' || el.getAttribute('data-level') === '3' ? 3 : 2), renderHTML: () => ({}) } };
  },
  parseHTML: () => [{ tag: 'h3' }, { tag: 'h4' }, { tag: 'h5' }, { tag: 'h6' }],
  renderHTML: ({ node, HTMLAttributes }) =>
    node.attrs.level === 3
      ? ['h4', mergeAttributes(HTMLAttributes, { class: 'subheading level-3', 'data-level': '3' }), 0]
      : ['h3', mergeAttributes(HTMLAttributes, { class: 'subheading' }), 0],
});

/**
 * A footnote reference holding its own text: `text` plain, `content` the same with formatting and
 * links (null for a plain note). Its mark (a, b … or 1, 2 …) is a decoration. A pasted
 * data-footnote-content is untrusted: it is cleaned by the one footnote rule.
 */
export const Footnote = Node.create({
  name: 'footnote',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return {
      id: { default: '', parseHTML: (el) => el.getAttribute('data-footnote-id') ?? '' },
      text: { default: '', parseHTML: (el) => el.getAttribute('data-footnote-text') ?? el.getAttribute('title') ?? '' },
      content: { default: null, parseHTML: (el) => pastedFootnoteContent(el.getAttribute('data-footnote-content')), renderHTML: () => ({}) },
    };
  },
  parseHTML: () => [{ tag: 'sup[data-footnote-id]' }],
  renderHTML: ({ node }) => [
    'sup',
    {
      class: 'footnote-ref',
      'data-footnote-id': String(node.attrs.id),
      'data-footnote-text': String(node.attrs.text),
      ...(Array.isArray(node.attrs.content) && node.attrs.content.length ? { 'data-footnote-content': JSON.stringify(node.attrs.content) } : {}),
      title: `Footnote: ${String(node.attrs.text)}`,
    },
  ],
  renderText: () => '',
  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        props: {
          // Double-clicking a footnote mark opens it for editing.
          handleDoubleClickOn(view, pos, node) {
            if (node.type.name !== 'footnote') return false;
            view.dispatch(view.state.tr.setSelection(NodeSelection.create(view.state.doc, pos)));
            void footnoteCommand({ editor, ask: getAsker() });
            return true;
          },
        },
      }),
    ];
  },
});

function pastedFootnoteContent(json: string | null): FootnoteInline[] | null {
  if (!json || json.length > 200_000) return null;
  try {
    const clean = cleanFootnoteContent(JSON.parse(json));
    return clean.length ? clean : null;
  } catch {
    return null;
  }
}

// A list item holds paragraphs and nested lists, as the stored model does. StarterKit's allows any
// block, so a heading or table pasted inside a list showed in the editor and was dropped on saving;
// with this, pasting puts them after the list instead.
/**
 * A quotation (a stakeholder's words): plain paragraphs set in, in italics, never numbered; only at
 * the top level of a body (list items and table cells name their own content). Mod-Shift-B, as in
 * TipTap's own block quote, wraps or unwraps the paragraphs.
 */
export const Blockquote = Node.create({
  name: 'blockquote',
  group: 'block',
  content: 'paragraph+',
  defining: true,
  parseHTML: () => [{ tag: 'blockquote' }],
  renderHTML: ({ HTMLAttributes }) => ['blockquote', mergeAttributes(HTMLAttributes, { class: 'paper-quote' }), 0],
  addKeyboardShortcuts() {
    return { 'Mod-Shift-b': () => this.editor.commands.toggleWrap(this.name) };
  },
});

const ParagraphListItem = ListItem.extend({ content: 'paragraph (paragraph | bulletList | orderedList)*' });

// Cells hold paragraphs and lists (bullet points in a cell), as the stored model does.
const CELL_CONTENT = '(paragraph | bulletList | orderedList)+';
const ParagraphCell = TableCell.extend({ content: CELL_CONTENT });
const ParagraphHeader = TableHeader.extend({ content: CELL_CONTENT });

/** Links in a paper (and in its footnotes' editor): the same rule as the database and backups — no javascript:, data:, file: — pasted or typed. */
export const PAPER_LINK_OPTIONS = {
  openOnClick: false,
  autolink: true,
  defaultProtocol: 'https',
  protocols: ['mailto'],
  isAllowedUri: (url: string) => isStorableLink(url),
  HTMLAttributes: { rel: 'noopener noreferrer', target: null },
};

export interface SchemaOptions {
  /** Whether images can be added (sections, appendices, case studies); stored ones always show. */
  readonly images?: boolean;
}

export function paperSchemaExtensions({ images = false }: SchemaOptions = {}): Extensions {
  return [
    StarterKit.configure({
      document: false,
      paragraph: false,
      heading: false,
      blockquote: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      trailingNode: false,
      listItem: false,
      // Each undo group is a step of the paper's one history (renderer/undo/): keep plenty.
      undoRedo: { depth: 1000 },
      link: PAPER_LINK_OPTIONS,
    }),
    Document,
    NumberedParagraph,
    Subheading,
    Blockquote,
    Footnote,
    ParagraphListItem,
    // Columns can be dragged wider or narrower; the widths are stored (colwidth) and the export keeps them.
    Table.configure({ resizable: true, cellMinWidth: 40, lastColumnResizable: false, View: PaperTableView, HTMLAttributes: { class: 'paper-table' } }),
    TableRow,
    ParagraphHeader,
    ParagraphCell,
    FigureColumns,
    DataBlock,
    ImageNodeExtension.configure({ insertable: images }),
    PasteFromOffice,
  ];
}
