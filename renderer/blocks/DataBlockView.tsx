import { NodeViewWrapper } from '@tiptap/react';
import type { NodeViewProps } from '@tiptap/react';
import { BlockPreview, StatusCellContext } from './BlockPreview';
import { useBlockContent } from './use-block-content';
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { blockNumberCount } from '../../shared/papers/numbering';
import { BlockOptionsDialog } from './BlockOptionsDialog';
import { reportBlockNumbers } from './block-numbers';

/** A data block inside the text: a framed, read-only preview with its state (live or frozen). */
export function DataBlockView({ node, selected, deleteNode, editor }: NodeViewProps) {
  const blockId = String(node.attrs.blockId);
  const state = useBlockContent(blockId);
  const [editing, setEditing] = useState(false);
  const optionsButton = useRef<HTMLButtonElement>(null);
  // How many paragraph numbers it takes in its section, for the editor's numbering (block-numbers.ts).
  const numbers = state?.block ? blockNumberCount(state.content) : 0;
  useEffect(() => reportBlockNumbers(blockId, numbers), [blockId, numbers]);
  const title = state && state.block ? state.content.title : 'Data block';
  return (
    <NodeViewWrapper className={`data-block${selected ? ' selected' : ''}`} data-block-id={blockId} role="group" aria-label={`Data block: ${title}`}>
      <div className="data-block-bar" contentEditable={false}>
        <span className="data-block-title">{title}</span>
        <span className="data-block-state">
          {state === undefined ? 'Loading…' : !state.block ? 'Missing' : state.frozen ? 'Frozen as issued' : 'Live: shows current data'}
        </span>
        {editor.isEditable && state?.block && (
          <button type="button" className="link-button" ref={optionsButton} onClick={() => setEditing(true)} aria-label={`Wording and figures of ${title}`}>
            Wording and figures…
          </button>
        )}
        {editor.isEditable && (
          <button type="button" className="link-button" onClick={() => deleteNode()} aria-label={`Remove ${title} from the paper`}>
            Remove
          </button>
        )}
        {editing &&
          state?.block &&
          createPortal(
            <BlockOptionsDialog
              block={state.block}
              content={state.content}
              onClose={() => {
                setEditing(false);
                requestAnimationFrame(() => optionsButton.current?.focus());
              }}
            />,
            document.body,
          )}
      </div>
      <div contentEditable={false}>
        {state === undefined ? null : state.block ? (
          <StatusCellContext.Provider value={state.style.statusCell}>
            <BlockPreview content={state.content} />
          </StatusCellContext.Provider>
        ) : (
          <p className="muted">This block is no longer available.</p>
        )}
      </div>
    </NodeViewWrapper>
  );
}
