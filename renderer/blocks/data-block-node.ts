// The editor's node for a data block: an atom (not editable as text) drawn by DataBlockView, which
// shows the block's current content. It can be selected, moved and deleted like a table.
import { Node } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { DataBlockView } from './DataBlockView';

export const DataBlock = Node.create({
  name: 'dataBlock',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,
  addAttributes() {
    return { blockId: { default: '', parseHTML: (el) => el.getAttribute('data-block-id') ?? '' } };
  },
  // Only our own nodes are recognised: pasted HTML cannot make one point at another paper's block
  // unless it carries our attribute, and a block id that does not exist shows as missing.
  parseHTML: () => [{ tag: 'div[data-block-id]' }],
  renderHTML: ({ node }) => ['div', { 'data-block-id': String(node.attrs.blockId), class: 'data-block' }],
  renderText: () => '',
  addNodeView() {
    return ReactNodeViewRenderer(DataBlockView);
  },
});
