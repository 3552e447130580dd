import type { PaperBundle } from '../../shared/papers/model';
import { paperFootnotes } from '../../shared/papers/footnotes';

/** Footnotes as they will print, at the foot of the paper view. Double-click a mark in the text to edit. */
export function FootnotesList({ bundle }: { bundle: PaperBundle }) {
  const notes = paperFootnotes(bundle);
  if (notes.length === 0) return null;
  return (
    <aside className="footnotes" aria-label="Footnotes">
      <h2 className="footnotes-title">Footnotes</h2>
      <ol>
        {notes.map((n) => (
          <li key={n.id}>
            <sup>{n.mark}</sup> {n.text}
          </li>
        ))}
      </ol>
      <p className="muted small">Double-click a footnote mark in the text to change or remove it. In Word, footnotes print at the foot of their page.</p>
    </aside>
  );
}
