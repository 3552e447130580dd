// The forms that pick the source of this feature's block kinds in the "Insert data" dialog
// (renderer/blocks/insert-kinds.ts; names and descriptions are in shared/<feature>/block-kinds.ts).
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { InsertFormProps, InsertForms } from '../blocks/insert-kinds';
import { isLive } from '../../shared/records/meta';
import type { RecordMeta } from '../../shared/records/meta';
import type { BlockSource } from '../../shared/blocks/model';
import { db } from '../db/database';
import { SelectField } from '../ui/fields';

/** A form that picks one live record of a table by its title and inserts `source(record)`. */
function picker<R extends RecordMeta>(opts: {
  load: () => Promise<R[]>;
  name: (r: R) => string;
  label: string;
  empty: string;
  source: (r: R) => BlockSource;
  title: (r: R) => string;
  note: string;
}) {
  return function Form({ onChange }: InsertFormProps) {
    const records = useLiveQuery(async () => (await opts.load()).filter(isLive).sort((a, b) => opts.name(a).localeCompare(opts.name(b), 'en-GB')), []);
    const [id, setId] = useState('');
    const chosen = records?.find((r) => r.id === id) ?? records?.[0];
    useEffect(() => {
      onChange(chosen ? { source: opts.source(chosen), title: opts.title(chosen) } : null);
    }, [chosen?.id, chosen ? opts.title(chosen) : '']);
    if (records === undefined) return <p className="loading">Loading…</p>;
    if (records.length === 0) return <p>{opts.empty}</p>;
    return (
      <div>
        <SelectField label={opts.label} value={chosen?.id ?? ''} options={records.map((r) => ({ value: r.id, label: opts.name(r) }))} save={setId} />
        <p className="muted small">{opts.note}</p>
      </div>
    );
  };
}

const CaseStudyForm = picker({
  load: () => db.caseStudies.toArray(),
  name: (c) => c.title,
  label: 'Case study',
  empty: 'There are no case studies yet: write one under Library → Case studies.',
  source: (c) => ({ kind: 'caseStudy', caseStudyId: c.id }),
  title: (c) => c.title,
  note: 'Prints the case study’s text; the appendix takes its title.',
});

const ForwardPlanForm = picker({
  load: () => db.forwardPlans.toArray(),
  name: (p) => p.title,
  label: 'Forward plan',
  empty: 'There is no forward plan yet: start one under Library → Forward plan.',
  source: (p) => ({ kind: 'forwardPlan', forwardPlanId: p.id }),
  title: (p) => p.title,
  note: 'Prints every category with its decisions numbered 1.1, 2.1 …, "None to report" under empty ones, on landscape pages.',
});

const DataTableForm = picker({
  load: () => db.dataTables.toArray(),
  name: (t) => t.title,
  label: 'Table',
  empty: 'There are no tables yet: make one under Library → Tables.',
  source: (t) => ({ kind: 'dataTable', dataTableId: t.id }),
  title: (t) => t.title,
  note: 'Prints the table with its computed columns, subtotals and total, in the £ unit chosen for it.',
});

const AmbitionsForm = picker({
  load: () => db.plans.toArray(),
  name: (p) => p.name,
  label: 'Plan',
  empty: 'There are no delivery plans yet: add one under Delivery plans, then its ambitions under Library → Ambitions.',
  source: (p) => ({ kind: 'ambitions', planId: p.id }),
  title: (p) => `${p.name}: numerical ambitions`,
  note: 'Prints the plan’s numerical ambitions with their baselines and targets.',
});

function PreviousCaseStudiesForm({ onChange }: InsertFormProps) {
  useEffect(() => onChange({ source: { kind: 'previousCaseStudies' }, title: 'Previous case studies' }), []);
  return (
    <p>
      Lists every case study presented to this paper’s committee before its meeting date, numbered in order, and names the one prepared for this meeting. It
      follows the cover sheet’s committee and date.
    </p>
  );
}

export const LIBRARY_INSERT_FORMS: Pick<InsertForms, 'caseStudy' | 'previousCaseStudies' | 'forwardPlan' | 'dataTable' | 'ambitions'> = {
  caseStudy: CaseStudyForm,
  previousCaseStudies: PreviousCaseStudiesForm,
  forwardPlan: ForwardPlanForm,
  dataTable: DataTableForm,
  ambitions: AmbitionsForm,
};
