// The house style of a committee, or the organisation's default: each setting as a choice, saved as
// it changes. A committee's setting can follow the organisation default (shown in brackets).
import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { houseStyleFor } from '../../shared/house-style/house-style';
import type { HouseStyle, ThemeUpdateColumn } from '../../shared/house-style/model';
import { THEME_UPDATE_COLUMNS } from '../../shared/house-style/model';
import { db } from '../db/database';
import { setHouseStyle } from '../db/house-style-repo';

type Choice<K extends keyof HouseStyle> = { readonly key: K; readonly label: string; readonly options: readonly { value: HouseStyle[K]; label: string }[] };

const CHOICES = [
  {
    key: 'headingCase',
    label: 'Section headings',
    options: [
      { value: 'capitals', label: 'IN CAPITALS' },
      { value: 'asTyped', label: 'As typed' },
    ],
  },
  {
    key: 'dateStyle',
    label: 'Dates',
    options: [
      { value: 'ordinal', label: '8th May 2019' },
      { value: 'plain', label: '8 May 2019' },
      { value: 'numeric', label: '08/05/2019' },
    ],
  },
  {
    key: 'moneyStyle',
    label: '£ figures in tables and the forward plan',
    options: [
      { value: 'asTable', label: 'Each table’s own unit' },
      { value: 'pounds', label: '£1,400,000 (in full)' },
      { value: 'short', label: '£400k, £1.4m' },
      { value: 'thousands', label: "£'000 (1,400)" },
    ],
  },
  {
    key: 'statusCell',
    label: 'Status cells',
    options: [
      { value: 'symbolLetter', label: '■ G (symbol and letter)' },
      { value: 'letter', label: 'G (letter)' },
      { value: 'word', label: 'Green (word)' },
      { value: 'symbolWord', label: '■ Green (symbol and word)' },
    ],
  },
  {
    key: 'updateDates',
    label: 'Date on each theme update row',
    options: [
      { value: 'short', label: '13 Oct 2017 (short)' },
      { value: 'houseDate', label: 'As the dates above' },
    ],
  },
  {
    key: 'footnotes',
    label: 'Footnote marks',
    options: [
      { value: 'asPaper', label: 'Each paper’s own choice' },
      { value: 'letter', label: 'a, b, c' },
      { value: 'number', label: '1, 2, 3' },
    ],
  },
] as const satisfies readonly Choice<keyof HouseStyle>[];

const COLUMN_LABEL: Readonly<Record<ThemeUpdateColumn, string>> = {
  ref: 'Ref',
  leadOfficer: 'Lead officer',
  organisation: 'Organisation (NOPCC / Force / Partners)',
  activity: 'Strategic activity',
  status: 'Status',
  update: 'Update rows (date and narrative)',
};

export function HouseStyleForm({ committeeId, name }: { committeeId: string | null; name: string }) {
  const records = useLiveQuery(() => db.houseStyles.toArray(), []);
  const id = useId();
  if (records === undefined) return <p className="loading">Loading…</p>;
  const own = records.find((r) => r.deletedAt === null && r.committeeId === committeeId)?.style ?? {};
  const inherited = houseStyleFor(records, null); // the organisation default (or the app's)
  const effective = houseStyleFor(records, committeeId);
  const labelOf = (c: (typeof CHOICES)[number], v: string | undefined) =>
    (c.options as readonly { value: string; label: string }[]).find((o) => o.value === (v ?? c.options[0].value))?.label ?? v;
  const columns = effective.themeUpdateColumns;
  const setColumn = (c: ThemeUpdateColumn, on: boolean) => {
    const next = THEME_UPDATE_COLUMNS.filter((x) => (x === c ? on : columns.includes(x)));
    if (next.length) void setHouseStyle(db, committeeId, 'themeUpdateColumns', next);
  };
  return (
    <div className="house-style" role="group" aria-label={`House style of ${name}`}>
      {CHOICES.map((c) => {
        const value = (own as Record<string, string | undefined>)[c.key];
        return (
          <div className="field" key={c.key}>
            <label htmlFor={`${id}-${c.key}`}>{c.label}</label>
            <select
              id={`${id}-${c.key}`}
              value={value ?? ''}
              onChange={(e) => void setHouseStyle(db, committeeId, c.key, (e.target.value || undefined) as never)}
            >
              <option value="">
                {committeeId ? `As the organisation (${labelOf(c, inherited[c.key])})` : `As Panelwright prints it (${labelOf(c, inherited[c.key])})`}
              </option>
              {c.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        );
      })}
      <fieldset className="house-style-columns">
        <legend>Theme update columns</legend>
        {THEME_UPDATE_COLUMNS.map((c) => (
          <label key={c} className="checkbox-row">
            <input
              type="checkbox"
              checked={columns.includes(c)}
              disabled={columns.length === 1 && columns.includes(c)}
              onChange={(e) => setColumn(c, e.target.checked)}
            />{' '}
            {COLUMN_LABEL[c]}
          </label>
        ))}
        {own.themeUpdateColumns && (
          <button type="button" className="link-button" onClick={() => void setHouseStyle(db, committeeId, 'themeUpdateColumns', undefined)}>
            {committeeId ? 'Use the organisation’s columns' : 'Back to the usual columns'}
          </button>
        )}
      </fieldset>
    </div>
  );
}
