import { describe, expect, it } from 'vitest';
import type { RecordMeta } from '../records/meta';
import { acceptEntries, cleanEntryIds, diffRecords, mergeCounts } from './index';
import type { Incoming } from './index';

interface Note extends RecordMeta {
  readonly topic: string;
  readonly text: string;
}

const note = (id: string, text: string, updatedAt = '2026-01-01T00:00:00.000Z', extra: Partial<Note> = {}): Note => ({
  id,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt,
  updatedBy: 'Author',
  deletedAt: null,
  topic: `t-${id}`,
  text,
  ...extra,
});
const from = (record: Note, base: Note | null, source = 'Return A'): Incoming<Note> => ({ record, base, source });
const rules = { key: (n: Note) => n.topic };
const stamp = { by: 'Author', at: '2026-03-01T09:00:00.000Z' };

describe('diffRecords', () => {
  it('a record the other side added is new; one it left as sent is unchanged', () => {
    const base = note('a', 'sent');
    const entries = diffRecords([from(note('n', 'fresh'), null), from({ ...base }, base)], [base], rules);
    expect(entries.map((e) => e.kind)).toEqual(['new', 'unchanged']);
    expect(entries[1]!.reason).toBe('Left as it was sent.');
  });

  it('an edit to a record nobody touched here is changed', () => {
    const base = note('a', 'sent');
    const [e] = diffRecords([from(note('a', 'edited', '2026-02-01T00:00:00.000Z'), base)], [base], rules);
    expect(e!.kind).toBe('changed');
    expect(e!.current).toBe(base);
  });

  it('an edit to a record changed here since the copy was made is a conflict naming who changed it', () => {
    const base = note('a', 'sent');
    const here = note('a', 'author rewrote', '2026-02-10T00:00:00.000Z', { updatedBy: 'Jo Bloggs' });
    const [e] = diffRecords([from(note('a', 'officer wrote'), base)], [here], rules);
    expect(e!.kind).toBe('conflict');
    expect(e!.reason).toBe('Changed here by Jo Bloggs on 2026-02-10, after the copy was made.');
  });

  it('a record written here under the same key after the copy was made is a conflict, found by key not id', () => {
    const here = note('x', 'author wrote first', '2026-02-10T00:00:00.000Z', { topic: 't-n' });
    const [e] = diffRecords([from(note('n', 'officer wrote'), null)], [here], rules);
    expect(e!.kind).toBe('conflict');
    expect(e!.current?.id).toBe('x');
  });

  it('a record removed here since the copy was made is a conflict', () => {
    const base = note('a', 'sent');
    const here = note('a', 'sent', '2026-02-10T00:00:00.000Z', { deletedAt: '2026-02-10T00:00:00.000Z' });
    const [e] = diffRecords([from(note('a', 'edited'), base)], [here], rules);
    expect(e!.kind).toBe('conflict');
    expect(e!.reason).toMatch(/^Removed here/);
  });

  it('an incoming record that already says what the record here says is unchanged (the same return twice)', () => {
    const base = note('a', 'sent');
    const taken = note('a', 'edited', '2026-03-01T09:00:00.000Z');
    const [e] = diffRecords([from(note('a', 'edited'), base)], [taken], rules);
    expect(e!.kind).toBe('unchanged');
  });

  it('two returns writing the same record differently are both conflicts, each naming the other', () => {
    const base = note('a', 'sent');
    const entries = diffRecords([from(note('a', 'one'), base, 'Return A'), from(note('a', 'two'), base, 'Return B')], [base], rules);
    expect(entries.map((e) => e.kind)).toEqual(['conflict', 'conflict']);
    expect(entries[0]!.reason).toBe('Also returned differently in Return B.');
    expect(entries[1]!.reason).toBe('Also returned differently in Return A.');
  });

  it('two returns saying the same thing are not a conflict, and accepting all clean takes one', () => {
    const base = note('a', 'sent');
    const entries = diffRecords([from(note('a', 'same'), base, 'Return A'), from(note('a', 'same'), base, 'Return B')], [base], rules);
    expect(entries.map((e) => e.kind)).toEqual(['changed', 'changed']);
    expect(cleanEntryIds(entries)).toEqual([entries[0]!.id]);
  });

  it('counts each kind', () => {
    const base = note('a', 'sent');
    const entries = diffRecords([from(note('a', 'x'), base), from(note('b', 'y'), null), from(base, base)], [base], rules);
    expect(mergeCounts(entries)).toEqual({ new: 1, changed: 1, unchanged: 1, conflict: 0 });
  });

  it('without rules the key is the id and the content is every field but the metadata', () => {
    const here = note('a', 'same', '2026-02-01T00:00:00.000Z', { updatedBy: 'Someone' });
    const [e] = diffRecords([from(note('a', 'same'), null)], [here]);
    expect(e!.kind).toBe('unchanged');
  });
});

describe('acceptEntries', () => {
  it('a new record keeps its id; a changed one keeps the id and creation of the record here', () => {
    const base = note('a', 'sent');
    const here = note('x', 'sent', base.updatedAt, { topic: 't-a', createdAt: '2025-12-01T00:00:00.000Z' });
    const entries = diffRecords([from(note('a', 'edited'), { ...base, id: 'x' }), from(note('n', 'fresh'), null)], [here], rules);
    const result = acceptEntries(entries, cleanEntryIds(entries), stamp);
    expect(result).toEqual({
      ok: true,
      writes: [
        { ...here, text: 'edited', updatedAt: stamp.at, updatedBy: 'Author' },
        { ...note('n', 'fresh'), createdAt: stamp.at, updatedAt: stamp.at },
      ],
    });
  });

  it('writes nothing for unchanged entries or entries not chosen', () => {
    const base = note('a', 'sent');
    const entries = diffRecords([from(base, base), from(note('b', 'new'), null)], [base], rules);
    expect(acceptEntries(entries, [entries[0]!.id], stamp)).toEqual({ ok: true, writes: [] });
  });

  it('a conflict is written only when chosen, and two chosen for one record are refused', () => {
    const base = note('a', 'sent');
    const entries = diffRecords([from(note('a', 'one'), base, 'Return A'), from(note('a', 'two'), base, 'Return B')], [base], rules);
    expect(cleanEntryIds(entries)).toEqual([]);
    const one = acceptEntries(entries, [entries[1]!.id], stamp);
    expect(one.ok && one.writes.map((w) => w.text)).toEqual(['two']);
    const both = acceptEntries(
      entries,
      entries.map((e) => e.id),
      stamp,
    );
    expect(both).toEqual({ ok: false, error: 'Two returns for the same record were both chosen (Return A and Return B); choose one.' });
  });

  it('accepting, then diffing the same return again, finds nothing to do', () => {
    const base = note('a', 'sent');
    const incoming = [from(note('a', 'edited'), base), from(note('n', 'fresh'), null)];
    const first = diffRecords(incoming, [base], rules);
    const result = acceptEntries(first, cleanEntryIds(first), stamp);
    if (!result.ok) throw new Error(result.error);
    const second = diffRecords(incoming, result.writes, rules);
    expect(second.map((e) => e.kind)).toEqual(['unchanged', 'unchanged']);
  });
});
