import { describe, expect, it } from 'vitest';
import type { Section } from '../papers/model';
import { createMeta } from '../records/meta';
import { bold, doc, footnote, para } from '../richtext/build';
import type { Clearance } from './model';
import {
  clearanceState,
  clearanceStateText,
  issueAllowed,
  issueBlockers,
  issuedClearances,
  sectionClearanceText,
  sectionHashes,
  sectionTextHash,
  withSignOff,
} from './rules';

const at = '2026-12-01T10:00:00.000Z';
const section = (title: string, ...paras: string[]): Section => ({
  ...createMeta('Author', at),
  paperId: 'p1',
  position: 1,
  title,
  kind: 'text',
  body: doc(...paras.map((t) => para(t))),
});
const clearance = (sectionId: string, over: Partial<Clearance> = {}): Clearance => ({
  ...createMeta('Author', at),
  paperId: 'p1',
  sectionId,
  role: 'finance',
  personId: null,
  personName: 'Jane Smith',
  askedAt: null,
  signOff: null,
  history: [],
  ...over,
});

describe('the text a clearance covers', () => {
  it('changes with the words and figures, not with formatting or spacing', async () => {
    const a = section('Financial Implications', 'The cost is £1.2m in 2027/28.');
    const b: Section = { ...a, body: doc(para('The cost is ', bold('£1.2m'), '  in 2027/28.')) };
    const c = section('Financial Implications', 'The cost is £1.4m in 2027/28.');
    expect(await sectionTextHash(a)).toBe(await sectionTextHash(b));
    expect(await sectionTextHash(a)).not.toBe(await sectionTextHash(c));
    expect(await sectionTextHash(a)).toMatch(/^[0-9a-f]{64}$/);
  });
  it('includes the title and footnotes', async () => {
    const a = section('Financial Implications', 'Cost.');
    expect(await sectionTextHash(a)).not.toBe(await sectionTextHash({ ...a, title: 'Finance' }));
    const withNote: Section = { ...a, body: doc(para('Cost.', footnote('Source: budget book 2027', 'f1'))) };
    expect(sectionClearanceText(withNote)).toContain('Source: budget book 2027');
  });
});

describe('the state of a clearance', () => {
  it('goes not asked → asked → cleared → changed since cleared when the text is edited', async () => {
    const s = section('Financial Implications', 'The cost is £1.2m.');
    const hash = await sectionTextHash(s);
    let c = clearance(s.id);
    expect(clearanceState(c, hash).kind).toBe('not-asked');
    c = { ...c, askedAt: '2026-12-02T09:00:00.000Z' };
    expect(clearanceState(c, hash)).toEqual({ kind: 'asked', at: '2026-12-02T09:00:00.000Z' });
    expect(clearanceStateText(c, clearanceState(c, hash))).toBe('Finance: asked 2 Dec 2026 (Jane Smith)');
    c = {
      ...c,
      signOff: {
        by: 'Jane Smith',
        role: 'Chief Finance Officer',
        at: '2026-12-03T09:00:00.000Z',
        how: 'email',
        textHash: hash,
        recordedBy: 'Author',
        note: '',
      },
    };
    expect(clearanceState(c, hash).kind).toBe('cleared');
    expect(clearanceStateText(c, clearanceState(c, hash))).toBe('Finance: cleared by Jane Smith, 3 Dec 2026');
    const edited = { ...s, body: doc(para('The cost is £1.5m.')) };
    const state = clearanceState(c, await sectionTextHash(edited));
    expect(state.kind).toBe('changed');
    expect(clearanceStateText(c, state)).toBe('Finance: changed since cleared by Jane Smith on 3 Dec 2026');
    // Put the text back and the clearance holds again.
    expect(clearanceState(c, await sectionTextHash({ ...edited, body: s.body })).kind).toBe('cleared');
  });
  it('keeps the earlier sign-off when cleared again', () => {
    const first = { by: 'A', role: 'CFO', at, how: 'app' as const, textHash: 'x', recordedBy: 'Author', note: '' };
    const c = clearance('s', { signOff: first });
    const next = withSignOff(c, { ...first, textHash: 'y' });
    expect(next.signOff?.textHash).toBe('y');
    expect(next.history).toEqual([first]);
  });
});

describe('issuing with clearances', () => {
  it('is refused while a clearance is missing or out of date, unless a reason is given', async () => {
    const fin = section('Financial Implications', 'Cost £1m.');
    const legal = { ...section('Legal Implications', 'None.'), position: 2 };
    const hashes = await sectionHashes([fin, legal]);
    const cleared = clearance(fin.id, {
      signOff: { by: 'Jane Smith', role: 'CFO', at, how: 'app', textHash: hashes[fin.id]!, recordedBy: 'Author', note: '' },
    });
    const missing = clearance(legal.id, { role: 'legal', personName: 'Sam Patel' });
    const blockers = issueBlockers([cleared, missing], [fin, legal], hashes);
    expect(blockers.map((b) => b.message)).toEqual(['2. Legal Implications — Legal: not asked (Sam Patel)']);
    expect(issueAllowed(blockers, '').ok).toBe(false);
    expect(issueAllowed(blockers, 'short').ok).toBe(false);
    expect(issueAllowed(blockers, 'Monitoring Officer on leave; deputy agreed verbally')).toEqual({
      ok: true,
      overrideReason: 'Monitoring Officer on leave; deputy agreed verbally',
    });
    expect(issueAllowed([], '')).toEqual({ ok: true, overrideReason: null });
    // An edit to the cleared section blocks too.
    const editedHashes = { ...hashes, [fin.id]: await sectionTextHash({ ...fin, body: doc(para('Cost £2m.')) }) };
    expect(issueBlockers([cleared], [fin, legal], editedHashes)[0]?.state.kind).toBe('changed');
  });
  it('ignores clearances of removed sections and removed clearances', async () => {
    const fin = section('Financial Implications', 'Cost.');
    const gone = { ...section('Old', 'x'), deletedAt: at };
    const hashes = await sectionHashes([fin, gone]);
    expect(issueBlockers([clearance(gone.id), clearance(fin.id, { deletedAt: at })], [fin, gone], hashes)).toEqual([]);
  });
  it('records every clearance with its state and the reason in the issued version', async () => {
    const fin = section('Financial Implications', 'Cost.');
    const hashes = await sectionHashes([fin]);
    const rec = issuedClearances([clearance(fin.id)], [fin], hashes, 'Deadline: CFO cleared by phone');
    expect(rec).toEqual({
      clearances: [{ sectionTitle: 'Financial Implications', role: 'finance', personName: 'Jane Smith', state: 'not-asked', signOff: null }],
      overrideReason: 'Deadline: CFO cleared by phone',
    });
  });
});
