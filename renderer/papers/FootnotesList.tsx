import type { ReactNode } from 'react';
import type { PaperBundle } from '../../shared/papers/model';
import type { TextNode } from '../../shared/richtext/model';
import { paperFootnotes } from '../../shared/papers/footnotes';

/** A note's pieces with their formatting; links show their address on hover (the export makes them hyperlinks). */
export function FootnoteLines({ lines }: { lines: readonly (readonly TextNode[])[] }) {
  return (
    <>
      {lines.map((line, i) => (
        <span key={i} className="footnote-line">
          {line.map((t, j) => {
            let el: ReactNode = t.text;
            for (const m of t.marks ?? []) {
              if (m.type === 'bold') el = <strong>{el}</strong>;
              else if (m.type === 'italic') el = <em>{el}</em>;
              else if (m.type === 'underline') el = <u>{el}</u>;
              else if (m.type === 'link')
                el = (
                  <span className="link-text" title={m.attrs.href}>
                    {el}
                  </span>
                );
            }
            return <span key={j}>{el}</span>;
          })}
        </span>
      ))}
    </>
  );
}

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
            <sup>{n.mark}</sup> <FootnoteLines lines={n.lines} />
          </li>
        ))}
      </ol>
      <p className="muted small">Double-click a footnote mark in the text to change or remove it. In Word, footnotes print at the foot of their page.</p>
    </aside>
  );
}
