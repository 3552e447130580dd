// Data tables: typed columns, computed columns shown read-only, totals computed live, £ unit choice;
// templates "Budget" and "Estates disposals" create the right columns.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { isLive } from '../../shared/records/meta';
import { MONEY_UNITS } from '../../shared/library/money';
import type { ColumnType, DataTable, MoneyUnit } from '../../shared/library/model';
import { cellInputText, COLUMN_TYPES, columnHeader, formatCell, groupsOf, isSummable, parseCell, tableLines } from '../../shared/library/tables';
import type { TableTemplate } from '../../shared/library/tables';
import { db } from '../db/database';
import {
  addColumn,
  addRow,
  createDataTable,
  moveColumn,
  moveRow,
  removeColumn,
  removeDataTable,
  removeRow,
  restoreDataTable,
  setCell,
  setRowGroup,
  updateColumn,
  updateDataTable,
} from '../db/library-repo';
import { SelectField, TextField } from '../ui/fields';
import { showToast } from '../ui/toast';
import { AutoInput, asText } from './AutoInput';
import { focusNewRecord, useChosen } from './use-chosen';

const TEMPLATES: readonly { template: TableTemplate; label: string; hint: string }[] = [
  { template: 'budget', label: 'New budget table', hint: 'entity, budget, forecast outturn, variance (computed), total' },
  {
    template: 'disposals',
    label: 'New estates disposals table',
    hint: 'site, completion date or status, proposed future use, capital receipt; completed and contracts exchanged with subtotals',
  },
  { template: 'custom', label: 'New blank table', hint: 'your own columns' },
];

export function TablesTab() {
  const tables = useLiveQuery(async () => (await db.dataTables.toArray()).filter(isLive).sort((a, b) => a.title.localeCompare(b.title, 'en-GB')), []);
  const { current, arriving, choose, createAndChoose } = useChosen(tables);
  if (tables === undefined || arriving) return <p className="loading">{arriving ? 'Opening the new table…' : 'Loading tables…'}</p>;
  // The new table's title takes focus: naming it is what the author does next.
  const create = async (template: TableTemplate) => focusNewRecord(await createAndChoose(() => createDataTable(db, template)));
  const buttons = (
    <div className="library-toolbar">
      {TEMPLATES.map((t) => (
        <button
          key={t.template}
          type="button"
          className={t.template === 'budget' ? 'primary' : undefined}
          title={t.hint}
          onClick={() => void create(t.template)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
  if (!current)
    return (
      <div>
        {buttons}
        <div className="empty-state">
          <h2>No tables yet</h2>
          <p>
            Start from a template above. A <strong>budget table</strong> computes each variance (forecast outturn − budget) and the totals; an{' '}
            <strong>estates disposals</strong> table totals the capital receipts of completed sales and of contracts exchanged. In a paper,{' '}
            <strong>Insert data…</strong> puts a table in as an appendix.
          </p>
        </div>
      </div>
    );
  return (
    <div>
      {buttons}
      <div className="library-split">
        <nav className="library-list" aria-label="Tables">
          <ul>
            {tables.map((t) => (
              <li key={t.id}>
                <button
                  type="button"
                  className={`list-pick${t.id === current.id ? ' chosen' : ''}`}
                  aria-current={t.id === current.id ? 'true' : undefined}
                  onClick={() => choose(t.id)}
                >
                  <span className="pick-title">{t.title}</span>
                  <span className="pick-sub">{t.rows.length} rows</span>
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <TableEditor key={current.id} table={current} onDeleted={() => choose(null)} />
      </div>
    </div>
  );
}

function TableEditor({ table, onDeleted }: { table: DataTable; onDeleted: () => void }) {
  const [newLabel, setNewLabel] = useState('');
  const [newType, setNewType] = useState<ColumnType>('money');
  const grouped = table.template === 'disposals' || groupsOf(table.rows).some((g) => g !== '');
  const lines = tableLines(table);
  const unit = table.moneyUnit;
  const money = table.columns.filter((c) => (c.type === 'money' || c.type === 'number') && !c.difference);
  const remove = async () => {
    await removeDataTable(db, table.id);
    onDeleted();
    showToast({ text: `"${table.title}" deleted.`, action: { label: 'Undo', run: () => restoreDataTable(db, table.id) } });
  };
  const totalCells = (label: string, values: readonly (number | null)[], cls: string) => (
    <tr className={cls}>
      {grouped && <td />}
      {table.columns.map((c, i) => (
        <td key={c.id} className={c.type === 'text' ? undefined : 'num'}>
          {i === 0 ? <strong>{label}</strong> : values[i] === null || values[i] === undefined ? '' : <strong>{formatCell(values[i], c, unit)}</strong>}
        </td>
      ))}
      <td />
    </tr>
  );
  return (
    <section className="library-editor" aria-label={`Table: ${table.title}`} data-record-id={table.id}>
      <div className="library-fields">
        <TextField label="Title" value={table.title} save={(title) => updateDataTable(db, table.id, { title })} />
        <SelectField<MoneyUnit>
          label="£ figures print as"
          value={unit}
          options={MONEY_UNITS.map((u) => ({ value: u.unit, label: u.label }))}
          save={(moneyUnit) => updateDataTable(db, table.id, { moneyUnit })}
        />
        <label className="check">
          <input type="checkbox" checked={table.showTotals} onChange={(e) => void updateDataTable(db, table.id, { showTotals: e.target.checked })} /> Total rows
        </label>
      </div>
      <div className="table-scroll">
        <table className="data-table library-table">
          <caption className="visually-hidden">{table.title}</caption>
          <thead>
            <tr>
              {grouped && <th scope="col">Group</th>}
              {table.columns.map((c, i) => (
                <th scope="col" key={c.id} className={c.type === 'text' ? undefined : 'num'}>
                  <AutoInput
                    label={`Column ${i + 1} heading`}
                    value={c.label}
                    parse={asText}
                    save={(label) => updateColumn(db, table.id, c.id, { label })}
                    className="col-label"
                  />
                  <div className="col-meta">
                    {c.difference ? (
                      <span className="computed-note">
                        computed: {table.columns.find((x) => x.id === c.difference!.a)?.label ?? '?'} −{' '}
                        {table.columns.find((x) => x.id === c.difference!.b)?.label ?? '?'}
                      </span>
                    ) : (
                      <select
                        aria-label={`Column ${i + 1} type`}
                        value={c.type}
                        onChange={(e) => void updateColumn(db, table.id, c.id, { type: e.target.value as ColumnType })}
                      >
                        {COLUMN_TYPES.map((t) => (
                          <option key={t.type} value={t.type}>
                            {t.label}
                          </option>
                        ))}
                      </select>
                    )}
                    {isSummable(c) && (
                      <label className="check small">
                        <input type="checkbox" checked={c.total} onChange={(e) => void updateColumn(db, table.id, c.id, { total: e.target.checked })} /> total
                      </label>
                    )}
                    <button type="button" disabled={i === 0} onClick={() => void moveColumn(db, table.id, c.id, -1)} aria-label={`Move column ${c.label} left`}>
                      ←
                    </button>
                    <button
                      type="button"
                      disabled={i === table.columns.length - 1}
                      onClick={() => void moveColumn(db, table.id, c.id, 1)}
                      aria-label={`Move column ${c.label} right`}
                    >
                      →
                    </button>
                    <button
                      type="button"
                      disabled={table.columns.length <= 1}
                      onClick={() => void removeColumn(db, table.id, c.id)}
                      aria-label={`Remove column ${c.label}`}
                    >
                      ✕
                    </button>
                  </div>
                  {c.type === 'money' && unit === 'thousands' && <span className="visually-hidden">{columnHeader(c, unit)}</span>}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Row actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line, li) => {
              if (line.kind === 'group')
                return (
                  <tr key={`g-${li}`} className="group-row">
                    <th scope="rowgroup" colSpan={table.columns.length + 2}>
                      {line.label}
                    </th>
                  </tr>
                );
              if (line.kind === 'subtotal') return <SubtotalRow key={`s-${li}`}>{totalCells(line.label, line.values, 'subtotal-row')}</SubtotalRow>;
              if (line.kind === 'total') return <SubtotalRow key="total">{totalCells(line.label, line.values, 'total-row')}</SubtotalRow>;
              const { row } = line;
              const n = table.rows.indexOf(row) + 1;
              return (
                <tr key={row.id}>
                  {grouped && (
                    <td>
                      <AutoInput
                        label={`Row ${n} group`}
                        value={row.group}
                        parse={asText}
                        save={(g) => setRowGroup(db, table.id, row.id, g)}
                        className="group-input"
                        list="table-groups"
                      />
                    </td>
                  )}
                  {table.columns.map((c, ci) => (
                    <td key={c.id} className={c.type === 'text' ? undefined : 'num'}>
                      {c.difference ? (
                        <output aria-label={`Row ${n} ${c.label}`} className="computed">
                          {formatCell(line.values[ci] ?? null, c, unit)}
                        </output>
                      ) : (
                        <AutoInput
                          label={`Row ${n} ${c.label}`}
                          value={cellInputText(row.cells[c.id] ?? null, c.type)}
                          parse={(t) => parseCell(t, c.type)}
                          save={(v) => setCell(db, table.id, row.id, c.id, v)}
                          className={`cell-${c.type}`}
                        />
                      )}
                    </td>
                  ))}
                  <td className="row-actions">
                    <button type="button" onClick={() => void moveRow(db, table.id, row.id, -1)} aria-label={`Move row ${n} up`}>
                      ↑
                    </button>
                    <button type="button" onClick={() => void moveRow(db, table.id, row.id, 1)} aria-label={`Move row ${n} down`}>
                      ↓
                    </button>
                    <button type="button" onClick={() => void removeRow(db, table.id, row.id)} aria-label={`Remove row ${n}`}>
                      ✕
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <datalist id="table-groups">
        <option value="Completed" />
        <option value="Contracts exchanged" />
      </datalist>
      {table.rows.length === 0 && <p>This table has no rows: choose Add row.</p>}
      <p className="muted small">Type £ figures as 1,200 or £1.2m or 250k; negatives as -300 or (300). Computed columns and totals fill in by themselves.</p>
      <div className="library-toolbar">
        {grouped ? (
          groupsOf(table.rows)
            .concat(table.template === 'disposals' ? ['Completed', 'Contracts exchanged'] : [])
            .filter((g, i, all) => all.indexOf(g) === i)
            .map((g) => (
              <button key={g || '-'} type="button" onClick={() => void addRow(db, table.id, g)}>
                Add row{g ? ` to ${g}` : ''}
              </button>
            ))
        ) : (
          <button type="button" onClick={() => void addRow(db, table.id)}>
            Add row
          </button>
        )}
      </div>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void addColumn(db, table.id, newLabel, newType).then(() => setNewLabel(''));
        }}
      >
        <label htmlFor="new-col-label">New column</label>
        <input id="new-col-label" value={newLabel} onChange={(e) => setNewLabel(e.target.value)} />
        <select aria-label="New column type" value={newType} onChange={(e) => setNewType(e.target.value as ColumnType)}>
          {COLUMN_TYPES.map((t) => (
            <option key={t.type} value={t.type}>
              {t.label}
            </option>
          ))}
        </select>
        <button type="submit" disabled={!newLabel.trim()}>
          Add column
        </button>
        {money.length >= 2 && (
          <button
            type="button"
            onClick={() => void addColumn(db, table.id, 'Difference', 'money', { a: money[1]!.id, b: money[0]!.id })}
            title={`${money[1]!.label} − ${money[0]!.label}`}
          >
            Add difference column
          </button>
        )}
      </form>
      <p>
        <button type="button" className="danger" onClick={() => void remove()}>
          Delete table
        </button>
      </p>
    </section>
  );
}

function SubtotalRow({ children }: { children: React.ReactNode }) {
  return <>{children}</>;
}
