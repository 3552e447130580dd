// What a plan document's contents list will hold: its headings to three levels, numbered by the same
// rule as the export (documentHeadings). Word fills in the page numbers; the export writes them too.
import type { PaperBundle } from '../../shared/papers/model';
import { documentHeadings } from '../../shared/papers/document-kind';
import { inlineText } from '../../shared/richtext/model';
import { appendixLetter } from '../../shared/papers/numbering';

export function ContentsPreview({ bundle }: { bundle: PaperBundle }) {
  const numbered = bundle.paper.numberedHeadings === true;
  const heads = documentHeadings(bundle.sections, numbered);
  const entries = bundle.sections.flatMap((s, i) => [
    { key: s.id, level: 1, no: heads[i]?.label ?? null, text: s.title.trim() || 'Untitled section' },
    ...s.body.content.flatMap((b, j) => {
      const h = heads[i]?.blocks[j];
      const text = b.type === 'subheading' ? inlineText(b.content).trim() : '';
      return h && text ? [{ key: `${s.id}-${j}`, level: h.level, no: h.label, text }] : [];
    }),
  ]);
  entries.push(
    ...bundle.appendices.map((a, i) => ({ key: a.id, level: 1, no: null, text: `Appendix ${appendixLetter(i)}: ${a.title.trim() || 'Untitled appendix'}` })),
  );
  return (
    <nav className="contents-preview" aria-labelledby="contents-preview-heading">
      <h2 id="contents-preview-heading">Contents</h2>
      <p className="muted small">Filled in from the headings when you export; Word can update it later.</p>
      <ol>
        {entries.map((e) => (
          <li key={e.key} className={`level-${e.level}`}>
            {e.no && <span className="toc-no">{e.no}</span>}
            {e.text}
          </li>
        ))}
      </ol>
    </nav>
  );
}
