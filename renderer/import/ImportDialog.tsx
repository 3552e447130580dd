// ImportDialog: a generic spreadsheet import (CSV or .xlsx) with column mapping, a preview and
// per-row errors. Nothing is imported until the preview has no errors and the user presses Import.
//
// API (used by ImportPlanButton and ImportValuesButton; render it while an import is open, unmount it to close):
//
//   <ImportDialog
//     title="Import delivery plan"
//     fields={PLAN_FIELDS}                        // shared/import: what can be mapped, and how it is typed
//     context={{ statusKey: plan.statusKey }}     // optional: status key / custom periods for typed fields
//     onPreview={(rows) => {                      // pure and quick: called whenever the mapping changes
//       const r = buildPlanImport(rows, { people, statusKey: plan.statusKey, periodId });
//       return { summary: r.summary, errors: r.errors };
//     }}
//     onAccept={async (rows) => { /* build again from rows and write in one transaction */ }}
//     onClose={() => setImporting(false)}          // Cancel, Escape, and after onAccept resolves
//   >
//     {optional extra controls, e.g. a select for the period the updates are for}
//   </ImportDialog>
//
// `rows` are MappedRow[] (shared/import/mapping.ts): { rowNumber, values: { [field.key]: value } }.
// If onAccept rejects, its message is shown in the dialog and nothing closes. The dialog is a native
// modal <dialog>: focus stays inside it, Escape closes it, and the page behind is inert.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { ColumnMapping, ImportField, ImportValue, MappedRow, MappingContext, Sheet } from '../../shared/import';
import { SPREADSHEET_EXTENSIONS, guessHeaderRow, guessMapping, readSpreadsheet } from '../../shared/import';
import { getHost } from '../host';
import { LISTED_ERRORS, PREVIEW_ROWS, columnCount, columnOptionLabel, computePreview } from './import-model';
import type { ImportPreview } from './import-model';

export type { ImportPreview } from './import-model';

export interface ImportDialogProps {
  readonly title: string;
  readonly fields: readonly ImportField[];
  readonly context?: MappingContext;
  /** Checks the mapped rows: summary lines ("24 deliverables") and row errors. Must not throw. */
  readonly onPreview: (rows: readonly MappedRow[]) => ImportPreview;
  /** Imports the rows (only called when the preview has no errors). Reject with a user-facing message. */
  readonly onAccept: (rows: readonly MappedRow[]) => Promise<void>;
  readonly onClose: () => void;
  /** Extra controls shown above the column mapping. */
  readonly children?: ReactNode;
}

interface Loaded {
  readonly fileName: string;
  readonly sheets: readonly Sheet[];
}

const MAX_HEADER_ROW_CHOICES = 20;
const NO_CONTEXT: MappingContext = {};

function openError(e: unknown): string {
  const message = e instanceof Error ? e.message : '';
  // Messages from the host are sentences ("That file is larger than 50 MB …"); IPC adds a prefix.
  const plain = message.replace(/^Error invoking remote method '[^']*': (?:Error: )?/, '');
  return /^[A-Z][^\n]{5,200}$/.test(plain) && !/undefined/.test(plain) ? plain : 'The file could not be opened.';
}

function display(value: ImportValue | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

export function ImportDialog({ title, fields, context = NO_CONTEXT, onPreview, onAccept, onClose, children }: ImportDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [sheetIndex, setSheetIndex] = useState(0);
  const [headerRow, setHeaderRow] = useState(0);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [busy, setBusy] = useState<'opening' | 'importing' | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [acceptError, setAcceptError] = useState<string | null>(null);

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);

  const sheet = loaded?.sheets[sheetIndex] ?? null;

  const chooseSheet = (sheets: readonly Sheet[], index: number) => {
    const s = sheets[index];
    setSheetIndex(index);
    const header = s ? guessHeaderRow(s.rows, fields) : 0;
    setHeaderRow(header);
    setMapping(guessMapping(s?.rows[header] ?? [], fields));
  };

  const chooseFile = async () => {
    setFileError(null);
    setAcceptError(null);
    setBusy('opening');
    try {
      const file = await getHost().openFile({ name: 'Spreadsheet (CSV or Excel)', extensions: [...SPREADSHEET_EXTENSIONS] });
      if (!file) return;
      const result = await readSpreadsheet(file.name, file.data);
      if (!result.ok) {
        setFileError(result.error);
        return;
      }
      setLoaded({ fileName: file.name, sheets: result.sheets });
      chooseSheet(result.sheets, 0);
    } catch (e) {
      setFileError(openError(e));
    } finally {
      setBusy(null);
    }
  };

  const preview = useMemo(
    () => (sheet ? computePreview(sheet, headerRow, mapping, fields, context, onPreview) : null),
    [sheet, headerRow, mapping, fields, context, onPreview],
  );

  const headers = sheet?.rows[headerRow] ?? [];
  const columns = sheet ? columnCount(sheet) : 0;
  const mappedFields = fields.filter((f) => (mapping[f.key] ?? null) !== null);
  const errorsByRow = useMemo(() => {
    const m = new Map<number, string[]>();
    for (const e of preview?.errors ?? []) m.set(e.row, [...(m.get(e.row) ?? []), e.column ? `${e.column}: ${e.message}` : e.message]);
    return m;
  }, [preview]);

  const accept = async () => {
    if (!preview?.canImport || busy) return;
    setAcceptError(null);
    setBusy('importing');
    try {
      await onAccept(preview.rows);
      setBusy(null);
      onClose();
    } catch (e) {
      setBusy(null);
      setAcceptError(e instanceof Error && e.message ? e.message : 'The import failed. Nothing was changed.');
    }
  };

  const errorCount = preview?.errors.length ?? 0;
  return (
    <dialog
      ref={ref}
      className="dialog import-dialog"
      aria-labelledby={`${id}-title`}
      style={{ maxWidth: 'min(1100px, 96vw)', width: '96vw', maxHeight: '92vh' }}
      onCancel={(e) => {
        e.preventDefault();
        if (busy !== 'importing') onClose();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>

      <div className="button-row">
        <button type="button" onClick={() => void chooseFile()} disabled={busy !== null} autoFocus>
          {loaded ? 'Choose another file…' : 'Choose file…'}
        </button>
        <span className="muted">{loaded ? loaded.fileName : 'A CSV file or an Excel workbook (.xlsx).'}</span>
        {busy === 'opening' && (
          <span className="progress" role="status">
            <span className="spinner" aria-hidden="true" /> Reading the file…
          </span>
        )}
      </div>
      {fileError && (
        <p className="message-bar error" role="alert">
          {fileError}
        </p>
      )}

      {children}

      {loaded && sheet && (
        <>
          <fieldset style={{ border: 'none', padding: 0, margin: '8px 0', display: 'flex', gap: 16, flexWrap: 'wrap' }}>
            <legend className="visually-hidden">Sheet and header row</legend>
            {loaded.sheets.length > 1 && (
              <div className="field">
                <label htmlFor={`${id}-sheet`}>Sheet</label>
                <select id={`${id}-sheet`} value={sheetIndex} onChange={(e) => chooseSheet(loaded.sheets, Number(e.target.value))}>
                  {loaded.sheets.map((s, i) => (
                    <option key={i} value={i}>
                      {s.name}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <div className="field">
              <label htmlFor={`${id}-header`}>Header row</label>
              <select
                id={`${id}-header`}
                value={headerRow}
                onChange={(e) => {
                  const row = Number(e.target.value);
                  setHeaderRow(row);
                  setMapping(guessMapping(sheet.rows[row] ?? [], fields));
                }}
              >
                <option value={-1}>No header row</option>
                {sheet.rows.slice(0, MAX_HEADER_ROW_CHOICES).map((row, i) => (
                  <option key={i} value={i}>
                    {`Row ${i + 1}${
                      row.some((c) => c.trim() !== '')
                        ? `: ${row
                            .filter((c) => c.trim() !== '')
                            .slice(0, 4)
                            .join(', ')
                            .slice(0, 60)}`
                        : ' (blank)'
                    }`}
                  </option>
                ))}
              </select>
            </div>
          </fieldset>

          <fieldset style={{ border: '1px solid var(--line)', padding: '8px 12px', margin: '8px 0' }}>
            <legend>Columns</legend>
            <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(230px, 1fr))', gap: '0 16px' }}>
              {fields.map((f) => (
                <div className="field" key={f.key}>
                  <label htmlFor={`${id}-map-${f.key}`}>
                    {f.label}
                    {f.required ? ' (required)' : ''}
                  </label>
                  <select
                    id={`${id}-map-${f.key}`}
                    value={mapping[f.key] ?? ''}
                    aria-describedby={f.hint ? `${id}-hint-${f.key}` : undefined}
                    onChange={(e) => setMapping({ ...mapping, [f.key]: e.target.value === '' ? null : Number(e.target.value) })}
                  >
                    <option value="">{f.required ? '— choose a column —' : '— not imported —'}</option>
                    {Array.from({ length: columns }, (_, c) => (
                      <option key={c} value={c}>
                        {columnOptionLabel(headerRow >= 0 ? headers : [], c)}
                      </option>
                    ))}
                  </select>
                  {f.hint && (
                    <span className="field-hint" id={`${id}-hint-${f.key}`}>
                      {f.hint}
                    </span>
                  )}
                </div>
              ))}
            </div>
          </fieldset>

          {preview && (
            <section aria-labelledby={`${id}-preview`}>
              <h3 id={`${id}-preview`} style={{ fontSize: 15, margin: '12px 0 6px' }}>
                Preview
              </h3>
              <div role="status" aria-live="polite">
                {preview.problems.length > 0 ? (
                  <ul className="message-bar">
                    {preview.problems.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                ) : (
                  <p className={`message-bar ${errorCount > 0 ? 'error' : 'success'}`}>
                    {errorCount > 0
                      ? `${errorCount.toLocaleString('en-GB')} ${errorCount === 1 ? 'problem' : 'problems'} to fix in the spreadsheet before importing.`
                      : `Ready to import: ${preview.summary.join(', ')}.`}
                  </p>
                )}
              </div>

              {preview.rows.length > 0 && (
                <div style={{ overflow: 'auto', maxHeight: '40vh', marginTop: 8 }} tabIndex={0} role="region" aria-label="Preview of the first rows">
                  <table className="data-table">
                    <caption className="visually-hidden">
                      {`The first ${Math.min(PREVIEW_ROWS, preview.rows.length)} of ${preview.rows.length} rows as they will be imported`}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">Row</th>
                        <th scope="col">Check</th>
                        {mappedFields.map((f) => (
                          <th scope="col" key={f.key}>
                            {f.label}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {preview.rows.slice(0, PREVIEW_ROWS).map((row) => {
                        const rowErrors = errorsByRow.get(row.rowNumber);
                        return (
                          <tr key={row.rowNumber} style={rowErrors ? { background: '#fde7e9' } : undefined}>
                            <th scope="row">{row.rowNumber}</th>
                            <td>
                              {rowErrors ? (
                                <span style={{ color: 'var(--danger)' }}>
                                  <strong>
                                    <span aria-hidden="true">⚠ </span>Error
                                  </strong>
                                  {rowErrors.map((m, i) => (
                                    <span key={i} style={{ display: 'block', fontSize: 12 }}>
                                      {m}
                                    </span>
                                  ))}
                                </span>
                              ) : (
                                <span>OK</span>
                              )}
                            </td>
                            {mappedFields.map((f) => (
                              <td key={f.key}>{display(row.values[f.key])}</td>
                            ))}
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
              )}

              {errorCount > 0 && (
                <section aria-labelledby={`${id}-errors`}>
                  <h3 id={`${id}-errors`} style={{ fontSize: 15, margin: '12px 0 6px' }}>
                    {`Problems (${errorCount.toLocaleString('en-GB')})`}
                  </h3>
                  <ul style={{ maxHeight: '20vh', overflow: 'auto', margin: 0 }} tabIndex={0} aria-label="Problems by spreadsheet row">
                    {preview.errors.slice(0, LISTED_ERRORS).map((e, i) => (
                      <li key={i}>{`Row ${e.row}${e.column ? `, ${e.column}` : ''}: ${e.message}`}</li>
                    ))}
                    {errorCount > LISTED_ERRORS && <li>{`… and ${(errorCount - LISTED_ERRORS).toLocaleString('en-GB')} more.`}</li>}
                  </ul>
                </section>
              )}
            </section>
          )}
        </>
      )}

      {acceptError && (
        <p className="message-bar error" role="alert">
          {acceptError}
        </p>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={onClose} disabled={busy === 'importing'}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => void accept()}
          disabled={!preview?.canImport || busy !== null}
          aria-describedby={!preview?.canImport ? `${id}-why` : undefined}
        >
          {busy === 'importing' ? 'Importing…' : 'Import'}
        </button>
        {!preview?.canImport && (
          <span id={`${id}-why`} className="visually-hidden">
            {!loaded ? 'Choose a file first.' : 'Fix the problems listed before importing.'}
          </span>
        )}
      </div>
    </dialog>
  );
}
