import type { PaperBundle } from '../../shared/papers/model';
import { appendixLetter, sectionNumber } from '../../shared/papers/numbering';

const jump = (id: string) => document.getElementById(id)?.scrollIntoView({ block: 'start' });

/** The paper's outline: jump to the cover sheet, a section, an appendix or the contacts. */
export function Outline({
  bundle,
  onAddAppendix,
  readOnly,
  planDocument = false,
  numberedHeadings = false,
}: {
  bundle: PaperBundle;
  onAddAppendix: () => void;
  readOnly: boolean;
  planDocument?: boolean;
  numberedHeadings?: boolean;
}) {
  return (
    <nav className="outline" aria-label="Paper outline">
      <ul>
        <li>
          <a href="#cover" onClick={(e) => (e.preventDefault(), jump('cover'))}>
            {planDocument ? 'Title page and contents' : 'Cover sheet'}
          </a>
        </li>
        {bundle.sections.map((s, i) => (
          <li key={s.id}>
            <a href={`#section-${s.id}`} onClick={(e) => (e.preventDefault(), jump(`section-${s.id}`))}>
              {(!planDocument || numberedHeadings) && <span className="outline-no">{planDocument ? sectionNumber(i) : `${sectionNumber(i)}.`}</span>}{' '}
              {s.title || 'Untitled section'}
            </a>
          </li>
        ))}
        <li>
          <a href="#contacts" onClick={(e) => (e.preventDefault(), jump('contacts'))}>
            Contacts
          </a>
        </li>
        {bundle.appendices.map((a, i) => (
          <li key={a.id}>
            <a href={`#appendix-${a.id}`} onClick={(e) => (e.preventDefault(), jump(`appendix-${a.id}`))}>
              <span className="outline-no">{appendixLetter(i)}</span> {a.title || 'Untitled appendix'}
            </a>
          </li>
        ))}
      </ul>
      {!readOnly && (
        <button type="button" className="link-button" onClick={onAddAppendix}>
          + Add appendix
        </button>
      )}
    </nav>
  );
}
