import { describe, expect, it } from 'vitest';
import { TABLES } from '../backup/tables';
import type { SnapshotTable } from '../backup/tables';
import { SYNC_DOCUMENTS, SYNC_DOCUMENT_NAMES, documentOfWireName, mayWrite, wireName } from './documents';
import { GUARDED_FIELDS } from './guarded';
import { parseWriteKey, writeKey } from './keys';
import { groupWrites, resolveRecord } from './records';
import type { FieldWrite } from './register';
import { conflictSentence, resolveField } from './register';
import { pushesFor, saysOf } from './three-way';

const w = (key: string, value: unknown, by: string, at: string): FieldWrite => ({ key, has: true, value, by, at });

describe('sync documents and roles', () => {
  it('put every table in exactly one document', () => {
    const all = SYNC_DOCUMENT_NAMES.flatMap((d) => SYNC_DOCUMENTS[d] as readonly string[]);
    expect([...all].sort()).toEqual(Object.keys(TABLES).sort());
  });

  it('name documents on the wire and refuse names the app never uses', () => {
    expect(documentOfWireName(wireName('plans'))).toBe('plans');
    expect(documentOfWireName('panelwright/secrets')).toBeNull();
    expect(documentOfWireName('other/plans')).toBeNull();
  });

  it('let an officer write updates only, a reviewer reviews only, a reader nothing', () => {
    expect(SYNC_DOCUMENT_NAMES.filter((d) => mayWrite('officer', d))).toEqual(['updates']);
    expect(SYNC_DOCUMENT_NAMES.filter((d) => mayWrite('reviewer', d))).toEqual(['review']);
    expect(SYNC_DOCUMENT_NAMES.filter((d) => mayWrite('reader', d))).toEqual([]);
    expect(SYNC_DOCUMENT_NAMES.every((d) => mayWrite('author', d))).toBe(true);
  });

  it('guard only fields the records really have', () => {
    for (const [t, fields] of Object.entries(GUARDED_FIELDS)) {
      if (fields === '*') continue;
      const shape = (TABLES[t as SnapshotTable].schema as unknown as { shape: Record<string, unknown> }).shape;
      for (const f of fields) expect(Object.keys(shape), `${t}.${f}`).toContain(f);
    }
  });
});

describe('a field as a set of writes', () => {
  it('takes the later edit of an ordinary field, whichever laptop wrote it', () => {
    const s = resolveField([w('k2', 'Later', 'B', '2026-01-02T00:00:00Z'), w('k1', 'Earlier', 'A', '2026-01-01T00:00:00Z')], false);
    expect(s).toEqual({ kind: 'single', has: true, value: 'Later' });
  });

  it('keeps both values of a guarded field changed on two sides, oldest first, and says who', () => {
    const s = resolveField([w('k2', 'red', 'Alex', '2026-01-02T00:00:00Z'), w('k1', 'green', 'Kim', '2026-01-01T00:00:00Z')], true);
    expect(s?.kind).toBe('conflict');
    if (s?.kind !== 'conflict') return;
    expect(s.options.map((o) => o.value)).toEqual(['green', 'red']);
    expect(conflictSentence(s.options)).toBe('Changed by Kim and by Alex while apart.');
  });

  it('finds no conflict when both sides wrote the same value (two laptops seeding one sample)', () => {
    expect(resolveField([w('k1', { a: 1, b: 2 }, 'A', '1'), w('k2', { b: 2, a: 1 }, 'B', '2')], true)?.kind).toBe('single');
  });

  it('groups a map’s writes by record and field and ignores keys and values it does not know', () => {
    const entries: [string, unknown][] = [
      [writeKey('r1', 'title', 'w1'), { v: 'One', by: 'A', at: '1' }],
      [writeKey('r1', 'status', 'w2'), { by: 'A', at: '1' }],
      ['junk', { v: 1, by: 'A', at: '1' }],
      [writeKey('r2', 'title', 'w3'), 'not a write'],
    ];
    const g = groupWrites(entries);
    expect([...g.keys()]).toEqual(['r1']);
    expect(resolveRecord('papers', 'r1', g.get('r1')!).fields).toEqual({ id: 'r1', title: 'One' });
    expect(parseWriteKey(writeKey('a', 'b', 'c'))).toEqual({ recordId: 'a', field: 'b', writeId: 'c' });
  });
});

describe('what a laptop sends', () => {
  const rec = (title: string, status: string, updatedAt: string) => ({ id: 'p', title, status, updatedAt });

  it('sends only the fields changed since it last agreed, replacing what it saw', () => {
    const base = rec('T', 'draft', '1');
    const local = rec('T2', 'draft', '2');
    const p = pushesFor(local, saysOf(local), saysOf(base), undefined);
    expect(p.map((x) => [x.field, x.value, x.replaces])).toEqual([
      ['title', 'T2', true],
      ['updatedAt', '2', true],
    ]);
  });

  it('sends nothing for an untouched seed that the server already has, or has newer', () => {
    const seed = rec('T', 'draft', '2017-01-01');
    expect(pushesFor(seed, saysOf(seed), undefined, { says: saysOf(seed), updatedAt: seed.updatedAt })).toEqual([]);
    const edited = rec('Edited', 'final', '2026-01-01');
    expect(pushesFor(seed, saysOf(seed), undefined, { says: saysOf(edited), updatedAt: edited.updatedAt })).toEqual([]);
  });

  it('sends a newer record of its own beside the server’s, so a guarded difference shows', () => {
    const mine = rec('Mine', 'final', '2026-02-01');
    const theirs = rec('Theirs', 'draft', '2026-01-01');
    const p = pushesFor(mine, saysOf(mine), undefined, { says: saysOf(theirs), updatedAt: theirs.updatedAt });
    expect(p.every((x) => !x.replaces)).toBe(true);
    expect(p.map((x) => x.field).sort()).toEqual(['status', 'title', 'updatedAt']);
  });
});
