// Print preview: the exported .docx itself, laid out page by page by docx-preview (a kept library,
// bundled with the app, so it works offline; it adds no script, only styles and data: images, which
// the Content-Security-Policy allows). What the panel will see, before the author exports.
import { useEffect, useRef, useState } from 'react';
import { Modal } from '../ui/Modal';
import { previewFile } from './preview-docx';
import { fixStyleNumbering } from './preview-numbering';
import type { PreviewDocument } from './preview-numbering';
import { breakIntoPages, markForPages, withExplicitHeaderRows } from './preview-pages';
import type { PagedDocument } from './preview-pages';

type State = { phase: 'working'; step: string } | { phase: 'done'; pages: number; note: string } | { phase: 'failed'; message: string };

export function PrintPreview({ paperId, versionNumber, onClose }: { paperId: string; versionNumber?: number; onClose: () => void }) {
  const [state, setState] = useState<State>({ phase: 'working', step: 'Starting…' });
  const pagesRef = useRef<HTMLDivElement>(null);
  const stylesRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let cancelled = false;
    // Closing the preview while the file is being built ends the build (the export worker's Cancel).
    const closed = new AbortController();
    const step = (s: string) => !cancelled && setState({ phase: 'working', step: s });
    void (async () => {
      try {
        const file = await previewFile(paperId, versionNumber, step, closed.signal);
        step('Laying out the pages…');
        // loaded when first used: the editor does not wait for it
        const { parseAsync, renderDocument } = await import('docx-preview');
        const options = {
          className: 'docx',
          inWrapper: true,
          breakPages: true,
          ignoreLastRenderedPageBreak: true,
          renderHeaders: true,
          renderFooters: true,
          renderFootnotes: true,
          renderEndnotes: true,
          // images as data: URLs (no object URLs to revoke), which the CSP allows
          useBase64URL: true,
          experimental: true,
        };
        const doc: PreviewDocument & PagedDocument = await parseAsync(await withExplicitHeaderRows(file.bytes), options);
        fixStyleNumbering(doc);
        markForPages(doc);
        const nodes = await renderDocument(doc, options);
        const body = pagesRef.current;
        const styles = stylesRef.current;
        if (cancelled || !body || !styles) return;
        for (const n of nodes) (n.nodeName === 'STYLE' ? styles : body).appendChild(n);
        // docx-preview breaks only where the file does; fill real pages (preview-pages.ts), letting
        // the status repaint every few pages of a long paper.
        step('Breaking the text into pages…');
        const wrapper = body.querySelector(':scope > .docx-wrapper') ?? body;
        const pages = await breakIntoPages(wrapper, async (done, total) => {
          if (closed.signal.aborted) return;
          step(`Breaking the text into pages… ${done} of ${total} parts`);
          await new Promise((r) => setTimeout(r, 0));
        });
        if (closed.signal.aborted) return;
        setState({ phase: 'done', pages, note: file.note });
      } catch (e) {
        if (!cancelled) setState({ phase: 'failed', message: e instanceof Error ? e.message : String(e) });
      }
    })();
    return () => {
      cancelled = true;
      closed.abort();
    };
  }, [paperId, versionNumber]);

  return (
    <Modal titleId="print-preview-title" title="Print preview" onClose={onClose} className="print-preview-dialog">
      <div className="print-preview-bar">
        <p role="status" className="print-preview-status">
          {state.phase === 'working' && (
            <>
              <span className="spinner" aria-hidden="true" /> {state.step}
            </>
          )}
          {state.phase === 'done' &&
            `${state.pages} ${state.pages === 1 ? 'page' : 'pages'}. ${state.note} Pages are filled as Word fills them, measured here; Word’s own line breaks can move a page break by a line or two.`}
          {state.phase === 'failed' && `The preview could not be made: ${state.message} Nothing in the paper has changed.`}
        </p>
        <button type="button" onClick={onClose} title="Close the preview (Esc)">
          Close
        </button>
      </div>
      <div ref={stylesRef} />
      <div
        ref={pagesRef}
        className="print-preview-pages"
        role="region"
        aria-label="Pages of the Word file"
        tabIndex={0}
        aria-busy={state.phase === 'working'}
      />
    </Modal>
  );
}
