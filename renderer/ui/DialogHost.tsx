// One modal at a time, drawn with the native <dialog> (focus trapping, Esc to cancel, inert page).
import { useEffect, useRef, useState } from 'react';
import { getHost } from '../host';
import type { FootnoteInline } from '../../shared/richtext/model';
import type { Asker, ConfirmQuestion, FootnoteQuestion, ImageDetails, ImageQuestion, Notice, TextQuestion } from './asker';
import { setAsker } from './asker';
import { FootnoteForm } from './FootnoteForm';
import { ImageDetailsForm } from './ImageDetailsForm';

type Pending =
  | { kind: 'text'; q: TextQuestion; resolve: (v: string | null) => void }
  | { kind: 'confirm'; q: ConfirmQuestion; resolve: (v: boolean) => void }
  | { kind: 'notice'; q: Notice; resolve: () => void }
  | { kind: 'image'; q: ImageQuestion; resolve: (v: ImageDetails | null) => void }
  | { kind: 'footnote'; q: FootnoteQuestion; resolve: (v: readonly FootnoteInline[] | null) => void };

export function DialogHost() {
  const [pending, setPending] = useState<Pending | null>(null);
  const [value, setValue] = useState('');
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const asker: Asker = {
      text: (q) =>
        new Promise((resolve) => {
          setValue(q.initial ?? '');
          setPending({ kind: 'text', q, resolve });
        }),
      confirm: (q) => new Promise((resolve) => setPending({ kind: 'confirm', q, resolve })),
      notice: (q) => new Promise((resolve) => setPending({ kind: 'notice', q, resolve })),
      imageDetails: (q) => new Promise((resolve) => setPending({ kind: 'image', q, resolve })),
      footnote: (q) => new Promise((resolve) => setPending({ kind: 'footnote', q, resolve })),
      // No dialog of ours: the host shows the system's file picker (or a file input in a browser).
      file: (q) => getHost().openFile(q.filter),
    };
    setAsker(asker);
    return () => setAsker(null);
  }, []);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (pending && !d.open) d.showModal();
    if (!pending && d.open) d.close();
  }, [pending]);

  const finish = (ok: boolean) => {
    if (!pending) return;
    if (pending.kind === 'image' || pending.kind === 'footnote')
      pending.resolve(null); // Esc; the forms confirm themselves
    else if (pending.kind === 'text') pending.resolve(ok ? value : null);
    else if (pending.kind === 'confirm') pending.resolve(ok);
    else pending.resolve();
    setPending(null);
  };

  const finishImage = (details: ImageDetails | null) => {
    if (pending?.kind !== 'image') return;
    pending.resolve(details);
    setPending(null);
  };

  const finishFootnote = (pieces: readonly FootnoteInline[] | null) => {
    if (pending?.kind !== 'footnote') return;
    pending.resolve(pieces);
    setPending(null);
  };

  const title = pending?.q.title ?? '';
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="dialog-title"
      onCancel={(e) => {
        e.preventDefault();
        finish(false);
      }}
    >
      {pending?.kind === 'image' && <ImageDetailsForm q={pending.q} finish={finishImage} />}
      {pending?.kind === 'footnote' && <FootnoteForm q={pending.q} finish={finishFootnote} />}
      {pending && pending.kind !== 'image' && pending.kind !== 'footnote' && (
        <form
          method="dialog"
          onSubmit={(e) => {
            e.preventDefault();
            finish(true);
          }}
        >
          <h2 id="dialog-title">{title}</h2>
          {pending.kind === 'text' && (
            <label className="field">
              <span>{pending.q.label}</span>
              {pending.q.multiline ? (
                <textarea
                  // eslint-disable-next-line jsx-a11y/no-autofocus -- a modal dialog must move focus into itself on opening (WAI-ARIA dialog pattern)
                  autoFocus
                  rows={4}
                  value={value}
                  onChange={(e) => setValue(e.target.value)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                      e.preventDefault();
                      finish(true);
                    }
                  }}
                />
              ) : (
                // eslint-disable-next-line jsx-a11y/no-autofocus -- a modal dialog must move focus into itself on opening (WAI-ARIA dialog pattern)
                <input autoFocus value={value} onChange={(e) => setValue(e.target.value)} />
              )}
            </label>
          )}
          {pending.kind !== 'text' && <p className="dialog-message">{pending.q.message}</p>}
          <div className="dialog-buttons">
            {pending.kind !== 'notice' && (
              <button type="button" onClick={() => finish(false)}>
                Cancel
              </button>
            )}
            <button
              type="submit"
              className={pending.kind === 'confirm' && pending.q.danger ? 'danger' : 'primary'}
              // eslint-disable-next-line jsx-a11y/no-autofocus -- a modal dialog must move focus into itself on opening (WAI-ARIA dialog pattern)
              autoFocus={pending.kind !== 'text'}
            >
              {pending.kind === 'notice' ? 'OK' : pending.kind === 'confirm' ? pending.q.confirmLabel : (pending.q.confirmLabel ?? 'OK')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
