// "Wording and figures…" for a placed block: the same form as the Insert data dialog's, over the
// block's stored source, saved as the author types (no Save button); Close returns focus to the
// button that opened it.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { BlockContent } from '../../shared/blocks/content';
import type { BlockOptions, PaperBlock } from '../../shared/blocks/model';
import { createDebouncedSaver } from '../app/debounced-save';
import { db } from '../db/database';
import { updateBlockSource } from '../db/blocks-repo';
import { BlockOptionsForm, cleanOptions } from './BlockOptionsForm';

export function BlockOptionsDialog({ block, content, onClose }: { block: PaperBlock; content: BlockContent; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const { wording, numbered, overrides, ...base } = block.source;
  const [options, setOptions] = useState<BlockOptions>(cleanOptions({ wording, numbered, overrides }));
  const [drafts, setDrafts] = useState<Record<string, { value: string; reason: string }>>({});
  const saver = useMemo(() => createDebouncedSaver<BlockOptions>((o) => updateBlockSource(db, block.id, { ...base, ...o })), [block.id]);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => {
      saver.flush();
      d?.close();
    };
  }, [saver]);
  const change = (o: BlockOptions) => {
    setOptions(o);
    saver.push(o);
  };
  return (
    <dialog ref={ref} className="dialog block-options-dialog" aria-labelledby="block-options-title" onCancel={(e) => (e.preventDefault(), onClose())}>
      <h2 id="block-options-title">Wording and figures: {content.title}</h2>
      <BlockOptionsForm
        kind={block.source.kind}
        value={options}
        onChange={change}
        content={content}
        drafts={drafts}
        onDraft={(key, d) =>
          setDrafts((all) => {
            const next = { ...all };
            if (d) next[key] = d;
            else delete next[key];
            return next;
          })
        }
      />
      {Object.keys(drafts).length > 0 && <p className="field-error">Figures without a reason are not kept: give each a reason, or clear it.</p>}
      <div className="dialog-buttons">
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
