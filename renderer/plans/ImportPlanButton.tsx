// "Import from spreadsheet…": themes, deliverables, lead officers and (optionally) this period's
// statuses and update text from a CSV or .xlsx file, through the shared ImportDialog (preview, row
// errors; nothing is written until the preview is clean and the user presses Import).
import { useState } from 'react';
import { PLAN_FIELDS, buildPlanImport } from '../../shared/import';
import type { MappedRow } from '../../shared/import';
import { db } from '../db/database';
import { importPlanDraft } from '../db/plans-repo';
import { ImportDialog } from '../import/ImportDialog';
import { showToast } from '../ui/toast';
import type { PlanViewModel } from './plan-view-model';
import { periodOption } from './plan-view-model';

export function ImportPlanButton({ vm }: { vm: PlanViewModel }) {
  const [open, setOpen] = useState(false);
  const { plan, period } = vm;
  const existingRefs = vm.themes.flatMap((t) => t.deliverables.map((d) => d.ref)).filter((r) => r.trim() !== '');
  const build = (rows: readonly MappedRow[]) =>
    buildPlanImport(rows, { people: vm.people, statusKey: plan.statusKey, periodId: period.id, existingRefs, periodLabel: periodOption(period).label });
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Import from spreadsheet…
      </button>
      {open && (
        <ImportDialog
          title={`Import into ${plan.name}`}
          fields={PLAN_FIELDS}
          context={{ statusKey: plan.statusKey }}
          onPreview={(rows) => {
            const r = build(rows);
            return { summary: [...r.summary, `Statuses and update text go to ${periodOption(period).label}.`], errors: r.errors };
          }}
          onAccept={async (rows) => {
            const r = build(rows);
            if (r.errors.length) throw new Error('The file has errors; nothing was imported.');
            const n = await importPlanDraft(db, plan.id, r.draft);
            showToast({ text: `Imported ${n.deliverables} deliverables in ${n.themes} new themes, ${n.people} new people and ${n.updates} updates.` });
          }}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
