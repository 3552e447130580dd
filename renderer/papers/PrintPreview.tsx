// Print preview: the exported .docx itself, laid out page by page by docx-preview (a kept library,
// bundled with the app, so it works offline; it adds no script, only styles and data: images, which
// the Content-Security-Policy allows). What the panel will see, before the author exports.
import { useEffect, useRef, useState } from 'react';
import { Modal } from '../ui/Modal';
import { previewFile } from './preview-docx';
import { fixStyleNumbering } from './preview-numbering';
import type { PreviewDocument } from './preview-numbering';

type State = { phase: 'working'; step: string } | { phase: 'done'; pages: number; note: string } | { phase: 'failed'; message: string };

export function PrintPreview({ paperId, versionNumber, onClose }: { paperId: string; versionNumber?: number; onClose: () => void }) {
  const [state, setState] = useState<State>({ phase: 'working', step: 'Starting…' });
  const pagesRef = useRef<HTMLDivElement>(null);
  const stylesRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let cancelled = false;
    const step = (s: string) => !cancelled && setState({ phase: 'working', step: s });
    void (async () => {
      try {
        const file = await previewFile(paperId, versionNumber, step);
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
        const doc: PreviewDocument = await parseAsync(file.bytes, options);
        fixStyleNumbering(doc);
        const nodes = await renderDocument(doc, options);
        const body = pagesRef.current;
        const styles = stylesRef.current;
        if (cancelled || !body || !styles) return;
        for (const n of nodes) (n.nodeName === 'STYLE' ? styles : body).appendChild(n);
        const pages = body.querySelectorAll('section.docx').length;
        setState({ phase: 'done', pages, note: file.note });
      } catch (e) {
        if (!cancelled) setState({ phase: 'failed', message: e instanceof Error ? e.message : String(e) });
      }
    })();
    return () => {
      cancelled = true;
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
          {state.phase === 'done' && `${state.pages} ${state.pages === 1 ? 'page' : 'pages'}. ${state.note} Pages break where Word’s file breaks them (cover sheet, sections, appendices); Word may also break a long page where it fills.`}
          {state.phase === 'failed' && `The preview could not be made: ${state.message} Nothing in the paper has changed.`}
        </p>
        <button type="button" onClick={onClose} title="Close the preview (Esc)">
          Close
        </button>
      </div>
      <div ref={stylesRef} />
      <div ref={pagesRef} className="print-preview-pages" role="region" aria-label="Pages of the Word file" tabIndex={0} aria-busy={state.phase === 'working'} />
    </Modal>
  );
}
