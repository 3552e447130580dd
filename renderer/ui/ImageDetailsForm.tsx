// The fields of the image dialog: the image in view, its description (alt text, required: Word and
// screen readers read it to anyone who cannot see the image) and an optional caption.
import { useId, useRef, useState } from 'react';
import type { ImageDetails, ImageQuestion } from './asker';

export function ImageDetailsForm({ q, finish }: { q: ImageQuestion; finish: (details: ImageDetails | null) => void }) {
  const [alt, setAlt] = useState(q.alt ?? '');
  const [caption, setCaption] = useState(q.caption ?? '');
  const [error, setError] = useState<string | null>(null);
  const altRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  const submit = () => {
    if (alt.trim() === '') {
      setError('Write a description: Word and screen readers read it to anyone who cannot see the image.');
      altRef.current?.focus();
      return;
    }
    finish({ alt: alt.trim(), caption: caption.trim() });
  };

  return (
    <form
      method="dialog"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h2 id="dialog-title">{q.title}</h2>
      {/* The preview is decorative here: what it shows is what the author is about to write. */}
      <img className="dialog-image" src={q.src} alt="" />
      <div className="field">
        <label htmlFor={`${id}-alt`}>Description (alt text)</label>
        <textarea
          id={`${id}-alt`}
          ref={altRef}
          // eslint-disable-next-line jsx-a11y/no-autofocus -- a modal dialog must move focus into itself on opening (WAI-ARIA dialog pattern)
          autoFocus
          rows={3}
          value={alt}
          aria-required="true"
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-alt-desc`}
          onChange={(e) => {
            setAlt(e.target.value);
            if (error && e.target.value.trim()) setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              submit();
            }
          }}
        />
        <div id={`${id}-alt-desc`} className={error ? 'field-error' : 'field-hint'} role={error ? 'alert' : undefined}>
          {error ?? 'What the image shows, with the figures that matter (e.g. “Bar chart: compliance rose from 91% to 97%”). Required.'}
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-caption`}>Caption (optional, printed under the image)</label>
        <input id={`${id}-caption`} value={caption} onChange={(e) => setCaption(e.target.value)} />
      </div>
      <div className="dialog-buttons">
        <button type="button" onClick={() => finish(null)}>
          Cancel
        </button>
        <button type="submit" className="primary">
          {q.confirmLabel}
        </button>
      </div>
    </form>
  );
}
