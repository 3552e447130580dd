import { NodeViewWrapper } from '@tiptap/react';
import type { NodeViewProps } from '@tiptap/react';
import { BlockPreview } from './BlockPreview';
import { useBlockContent } from './use-block-content';

/** A data block inside the text: a framed, read-only preview with its state (live or frozen). */
export function DataBlockView({ node, selected, deleteNode, editor }: NodeViewProps) {
  const blockId = String(node.attrs.blockId);
  const state = useBlockContent(blockId);
  const title = state && state.block ? state.content.title : 'Data block';
  return (
    <NodeViewWrapper className={`data-block${selected ? ' selected' : ''}`} data-block-id={blockId} role="group" aria-label={`Data block: ${title}`}>
      <div className="data-block-bar" contentEditable={false}>
        <span className="data-block-title">{title}</span>
        <span className="data-block-state">{state === undefined ? 'Loading…' : !state.block ? 'Missing' : state.frozen ? 'Frozen as issued' : 'Live: shows current data'}</span>
        {editor.isEditable && (
          <button type="button" className="link-button" onClick={() => deleteNode()} aria-label={`Remove ${title} from the paper`}>
            Remove
          </button>
        )}
      </div>
      <div contentEditable={false}>
        {state === undefined ? null : state.block ? <BlockPreview content={state.content} /> : <p className="muted">This block is no longer available.</p>}
      </div>
    </NodeViewWrapper>
  );
}
