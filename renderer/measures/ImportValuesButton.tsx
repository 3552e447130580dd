// "Import values…": measure values per period from a CSV or .xlsx file (measure name, period such as
// Jul-17 or Q2 2017/18, value, note), matched to this plan's measures, previewed with row errors,
// and stored in one action only when the preview is clean.
import { useState } from 'react';
import { MEASURE_VALUE_FIELDS, buildMeasureValuesImport } from '../../shared/import';
import type { Measure } from '../../shared/measures/model';
import { db } from '../db/database';
import { setValues } from '../db/measures-repo';
import { ImportDialog } from '../import/ImportDialog';
import { showToast } from '../ui/toast';

export function ImportValuesButton({ measures }: { measures: readonly Measure[] }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        disabled={measures.length === 0}
        title={measures.length === 0 ? 'Add the measures first: values are matched to them by name' : undefined}
      >
        Import values…
      </button>
      {open && (
        <ImportDialog
          title="Import measure values"
          fields={MEASURE_VALUE_FIELDS}
          onPreview={(rows) => {
            const r = buildMeasureValuesImport(rows, { measures });
            return { summary: r.summary, errors: r.errors };
          }}
          onAccept={async (rows) => {
            const r = buildMeasureValuesImport(rows, { measures });
            if (r.errors.length) throw new Error('The file has errors; nothing was imported.');
            await setValues(
              db,
              r.values.map(({ measureId, periodId, value, note }) => ({ measureId, periodId, value, note })),
            );
            showToast({ text: `Imported ${r.values.length} values.` });
          }}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
