// Case studies: the library list, and the editor of one (title, author, body, where it was presented).
import { useLiveQuery } from 'dexie-react-hooks';
import { isLive } from '../../shared/records/meta';
import { firstPresentation } from '../../shared/library/case-studies';
import { formatShortDate } from '../../shared/text/dates';
import { removedCommitteeLabel } from '../../shared/papers/committees';
import type { CaseStudy } from '../../shared/library/model';
import { db } from '../db/database';
import {
  addPresentation,
  createCaseStudy,
  removeCaseStudy,
  removePresentation,
  restoreCaseStudy,
  updateCaseStudy,
  updatePresentation,
} from '../db/library-repo';
import { RichTextEditor } from '../editor/RichTextEditor';
import { Toolbar } from '../editor/Toolbar';
import { journalEntry } from '../app/durable-edits';
import { DateInput } from '../ui/DateField';
import { TextField } from '../ui/fields';
import { showToast } from '../ui/toast';
import { focusWhenShown } from '../ui/focus';
import { focusNewRecord, useChosen } from './use-chosen';

const NO_LABELS = { sectionNo: null, footnoteMarks: new Map<string, string>() };

const lastShown = (cs: CaseStudy) =>
  cs.presentations
    .map((p) => p.meetingDate)
    .filter(Boolean)
    .sort()
    .at(-1) ?? '';

export function CaseStudiesTab() {
  const studies = useLiveQuery(
    async () =>
      (await db.caseStudies.toArray()).filter(isLive).sort((a, b) => lastShown(b).localeCompare(lastShown(a)) || a.title.localeCompare(b.title, 'en-GB')),
    [],
  );
  const allCommittees = useLiveQuery(async () => (await db.committees.toArray()).sort((a, b) => a.name.localeCompare(b.name, 'en-GB')), []);
  const committees = allCommittees?.filter(isLive);
  const { current, arriving, choose, createAndChoose } = useChosen(studies);
  if (studies === undefined || committees === undefined || allCommittees === undefined) return <p className="loading">Loading case studies…</p>;

  const create = async () => focusNewRecord(await createAndChoose(() => createCaseStudy(db)));
  // No committee is assumed: the new row's committee list takes focus so the author picks it.
  const addPresentationAndAsk = async (caseStudyId: string) => {
    const id = await addPresentation(db, caseStudyId);
    await focusWhenShown(() => document.getElementById(`presentation-committee-${id}`));
  };
  const remove = async (cs: CaseStudy) => {
    await removeCaseStudy(db, cs.id);
    choose(null);
    showToast({ text: `"${cs.title}" deleted.`, action: { label: 'Undo', run: () => restoreCaseStudy(db, cs.id) } });
  };

  return (
    <div className="library-split">
      <nav className="library-list" aria-label="Case studies">
        <button type="button" className="primary" onClick={() => void create()}>
          New case study
        </button>
        {studies.length === 0 ? (
          <p className="muted">No case studies yet.</p>
        ) : (
          <ul>
            {studies.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  className={`list-pick${s.id === current?.id ? ' chosen' : ''}`}
                  aria-current={s.id === current?.id ? 'true' : undefined}
                  onClick={() => choose(s.id)}
                >
                  <span className="pick-title">{s.title}</span>
                  <span className="pick-sub">{lastShown(s) ? formatShortDate(lastShown(s)) : 'not presented yet'}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </nav>
      {arriving ? (
        <p className="loading">Opening the new case study…</p>
      ) : current ? (
        <section className="library-editor" aria-label={`Case study: ${current.title}`} key={current.id} data-record-id={current.id}>
          <div className="library-fields">
            <TextField label="Title" value={current.title} save={(title) => updateCaseStudy(db, current.id, { title })} required />
            <TextField label="Author" value={current.author} save={(author) => updateCaseStudy(db, current.id, { author })} />
          </div>
          <div className="case-body">
            <span className="narrative-label" id="case-body-label">
              Case study text (headings, paragraphs, lists, tables and images)
            </span>
            <Toolbar hint="Click into the case study's text to format it or add an image." />
            <RichTextEditor
              images
              key={current.id}
              initial={current.body}
              version={current.updatedAt}
              labels={NO_LABELS}
              ariaLabel={`Text of the case study ${current.title}`}
              placeholder="Write the case study: background, what was done, results."
              save={(body) => updateCaseStudy(db, current.id, { body })}
              journal={journalEntry.caseStudyBody(current.id)}
            />
          </div>
          <h2>Presented</h2>
          <p className="muted small">
            Each meeting where this case study was (or will be) presented. A paper's "Previous case studies" list numbers them by these dates.
          </p>
          {current.presentations.length === 0 && <p>Not presented yet: add the committee and meeting date it is prepared for.</p>}
          <ul className="presentations">
            {current.presentations.map((p, i) => (
              <li key={p.id}>
                <label>
                  Committee
                  <select
                    id={`presentation-committee-${p.id}`}
                    value={p.committeeId ?? ''}
                    onChange={(e) => void updatePresentation(db, current.id, p.id, { committeeId: e.target.value || null })}
                    aria-label={`Committee of presentation ${i + 1}`}
                  >
                    <option value="">Choose…</option>
                    {allCommittees
                      .filter((c) => c.id === p.committeeId && !isLive(c))
                      .map((c) => (
                        <option key={c.id} value={c.id}>
                          {removedCommitteeLabel(c.name)}
                        </option>
                      ))}
                    {committees.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.name}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  Meeting date
                  <DateInput
                    value={p.meetingDate}
                    aria-label={`Meeting date of presentation ${i + 1}`}
                    onChange={(meetingDate) => void updatePresentation(db, current.id, p.id, { meetingDate })}
                  />
                </label>
                <button type="button" onClick={() => void removePresentation(db, current.id, p.id)}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
          <p>
            <button type="button" onClick={() => void addPresentationAndAsk(current.id)}>
              Add presentation
            </button>{' '}
            <button type="button" className="danger" onClick={() => void remove(current)}>
              Delete case study
            </button>
          </p>
          {current.presentations.length > 0 && committees.length > 0 && (
            <p className="muted small">
              First presented:{' '}
              {committees
                .map((c) => [c.name, firstPresentation(current, c.id)] as const)
                .filter(([, d]) => d)
                .map(([n, d]) => `${n}, ${formatShortDate(d!)}`)
                .join('; ')}
            </p>
          )}
        </section>
      ) : (
        <div className="empty-state">
          <h2>No case studies yet</h2>
          <p>
            Choose <strong>New case study</strong>, write it, and record the committee and meeting it is presented at. In a paper, <strong>Insert data…</strong>{' '}
            puts a case study in as an appendix, and "Previous case studies" lists every one presented to that committee before.
          </p>
        </div>
      )}
    </div>
  );
}
