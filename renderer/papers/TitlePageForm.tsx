// A plan document's title page as it prints: the title (the paper's own, edited in the bar above),
// then organisation, period, version and date. No cover-sheet table.
import type { Paper, TitlePage } from '../../shared/papers/model';
import { titlePageOf } from '../../shared/papers/document-kind';
import { db } from '../db/database';
import { updateTitlePage } from '../db/papers-repo';
import { TextField } from '../ui/fields';
import { DateField } from '../ui/DateField';

export function TitlePageForm({ paper, readOnly }: { paper: Paper; readOnly: boolean }) {
  const t = titlePageOf(paper);
  const save = (changes: Partial<TitlePage>) => updateTitlePage(db, paper.id, changes);
  return (
    <section className="title-page" aria-labelledby="title-page-heading">
      <h2 id="title-page-heading" className="visually-hidden">
        Title page
      </h2>
      <div className="title-page-grid">
        <TextField
          label="Organisation"
          value={t.organisation}
          readOnly={readOnly}
          placeholder="Office of the Police and Crime Commissioner"
          save={(organisation) => save({ organisation })}
        />
        <TextField label="Period" value={t.period} readOnly={readOnly} placeholder="2014/15" save={(period) => save({ period })} />
        <TextField label="Version" value={t.version} readOnly={readOnly} placeholder="Version 1.0" save={(version) => save({ version })} />
        <DateField label="Date" value={t.date} readOnly={readOnly} save={(date) => save({ date })} />
      </div>
    </section>
  );
}
