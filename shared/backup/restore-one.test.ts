import { describe, expect, it } from 'vitest';
import { createMeta, isLive } from '../records/meta';
import type { RecordMeta } from '../records/meta';
import { sampleSnapshot } from '../sample/reference-paper';
import type { IssuedVersion } from '../issued/model';
import type { DatabaseSnapshot } from './snapshot';
import { emptySnapshot } from './snapshot';
import { planRestoreOne, restoreCandidates } from './restore-one';
import type { RestoreOnePut } from './restore-one';

const stamp = { by: 'Sara', at: '2026-12-02T10:00:00.000Z' };

/** The database after writing `put` over `here`, as the renderer's one transaction does. */
function apply(here: DatabaseSnapshot, put: RestoreOnePut): DatabaseSnapshot {
  const out: Record<string, unknown[]> = { ...here } as unknown as Record<string, unknown[]>;
  for (const [t, rows] of Object.entries(put)) {
    const byId = new Map((out[t] as { id: string }[]).map((r) => [r.id, r]));
    for (const r of rows as { id: string }[]) byId.set(r.id, r);
    out[t] = [...byId.values()];
  }
  return out as unknown as DatabaseSnapshot;
}

const backup = sampleSnapshot();
const paper = backup.papers[0]!;
const plan = backup.plans[0]!;
const live = <T extends RecordMeta>(rows: readonly T[]) => rows.filter(isLive);

describe('choosing what to restore from a backup', () => {
  it('lists the backup’s papers and plans, saying whether each is here', () => {
    const here = { ...emptySnapshot(), papers: backup.papers };
    expect(restoreCandidates(backup, here)).toEqual([
      { kind: 'paper', id: paper.id, title: paper.title, updatedAt: paper.updatedAt, here: 'present' },
      { kind: 'plan', id: plan.id, title: plan.name, updatedAt: plan.updatedAt, here: 'absent' },
    ]);
  });
});

describe('restoring one paper', () => {
  it('into a database without it: the paper with its sections and appendices, and its committee', () => {
    const here = { ...emptySnapshot(), committees: backup.committees.filter((c) => c.id !== paper.cover.committeeId) };
    const r = planRestoreOne(backup, here, 'paper', paper.id, stamp);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const after = apply(here, r.put);
    expect(live(after.sections).map((s) => s.title)).toEqual(
      live(backup.sections)
        .filter((s) => s.paperId === paper.id)
        .map((s) => s.title),
    );
    expect(live(after.appendices)).toHaveLength(2);
    expect(after.committees.some((c) => c.id === paper.cover.committeeId)).toBe(true);
    // Nothing of the plan or the library comes with it.
    expect(after.plans).toHaveLength(0);
    expect(r.lines[0]).toBe(`Added the paper “${paper.title}”, which was not on this computer.`);
    expect(r.lines.join(' ')).toMatch(/With 13 sections of papers and 2 appendices from the backup\./);
    expect(r.lines.join(' ')).not.toMatch(/issuedVersions|measureValues/);
  });

  it('over the copy here: the backup’s text comes back, a section added since is removed, this computer’s committee is kept', () => {
    const renamedCommittee = backup.committees.map((c) => (c.id === paper.cover.committeeId ? { ...c, name: 'Renamed here' } : c));
    const section = backup.sections.find((s) => s.paperId === paper.id)!;
    const added = { ...section, ...createMeta('Sara'), title: 'Added after the backup', position: 99 };
    const here: DatabaseSnapshot = {
      ...backup,
      committees: renamedCommittee,
      sections: [...backup.sections.map((s) => (s.id === section.id ? { ...s, title: 'Changed by mistake' } : s)), added],
    };
    const r = planRestoreOne(backup, here, 'paper', paper.id, stamp);
    if (!r.ok) throw new Error(r.error);
    const after = apply(here, r.put);
    expect(after.sections.find((s) => s.id === section.id)!.title).toBe(section.title);
    expect(after.sections.find((s) => s.id === section.id)!.updatedAt).toBe(stamp.at);
    expect(after.sections.find((s) => s.id === added.id)!.deletedAt).toBe(stamp.at);
    expect(after.committees.find((c) => c.id === paper.cover.committeeId)!.name).toBe('Renamed here');
    // The plan here is not touched.
    expect(r.put.plans).toBeUndefined();
    expect(r.lines[0]).toBe(`Replaced the paper “${paper.title}” on this computer with the backup’s copy.`);
    expect(r.lines).toContain('Removed 1 section of papers added here since the backup.');
  });

  it('is refused for a paper issued again since the backup, naming the version', () => {
    const v: IssuedVersion = {
      ...createMeta('Sara', '2026-11-20T09:00:00.000Z'),
      paperId: paper.id,
      number: 1,
      issuedAt: '2026-11-20T09:00:00.000Z',
      issuedBy: 'Sara',
      note: '',
      bundle: { paper, sections: [], appendices: [], blocks: [] },
      docx: null,
    } as unknown as IssuedVersion;
    const here = { ...backup, issuedVersions: [v] };
    expect(planRestoreOne(backup, here, 'paper', paper.id, stamp)).toEqual({
      ok: false,
      error: expect.stringMatching(/has been issued since this backup was made \(version 1, 20 Nov 2026\)/),
    });
  });

  it('a paper that is not in the backup is refused', () => {
    expect(planRestoreOne(backup, emptySnapshot(), 'paper', 'no-such-id', stamp)).toEqual({ ok: false, error: 'That paper is not in this backup.' });
  });
});

describe('restoring one delivery plan', () => {
  it('brings its themes, deliverables, updates, measures and figures, and the people it names that are missing', () => {
    const keptPerson = backup.people[0]!;
    const here: DatabaseSnapshot = { ...emptySnapshot(), people: [{ ...keptPerson, name: 'Kept as it is here' }] };
    const r = planRestoreOne(backup, here, 'plan', plan.id, stamp);
    if (!r.ok) throw new Error(r.error);
    const after = apply(here, r.put);
    expect(live(after.deliverables)).toHaveLength(backup.deliverables.length);
    expect(live(after.updates)).toHaveLength(backup.updates.length);
    expect(live(after.measureValues)).toHaveLength(backup.measureValues.length);
    expect(after.people.find((p) => p.id === keptPerson.id)!.name).toBe('Kept as it is here');
    const named = new Set(backup.deliverables.map((d) => d.leadPersonId).filter(Boolean));
    for (const id of named) expect(after.people.some((p) => p.id === id)).toBe(true);
    // Papers and the library are not part of a plan.
    expect(after.papers).toHaveLength(0);
    expect(after.caseStudies).toHaveLength(0);
    expect(r.lines.join(' ')).toMatch(/13 deliverables, 26 lead officer updates, 9 performance measures, 18 measure figures/);
  });

  it('an update written here since the backup is removed, so the plan reads as in the backup', () => {
    const u = backup.updates[0]!;
    const extra = { ...u, ...createMeta('Sara'), periodId: 'fy2018q1' };
    const here = { ...backup, updates: [...backup.updates, extra] };
    const r = planRestoreOne(backup, here, 'plan', plan.id, stamp);
    if (!r.ok) throw new Error(r.error);
    expect(apply(here, r.put).updates.find((x) => x.id === extra.id)!.deletedAt).toBe(stamp.at);
  });
});
