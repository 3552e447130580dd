import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportPaperDocxAt } from '../../shared/docx/deterministic';
import { serializeBackup } from '../../shared/backup/parse';
import { doc, para } from '../../shared/richtext/build';
import { sampleSnapshot } from '../../shared/sample/reference-paper';
import { SAMPLE_PLAN_ID, SAMPLE_Q2, SAMPLE_THEME_ID } from '../../shared/sample/plan';
import { base64ToBytes, sha256Hex } from '../../shared/text/bytes';
import * as blocksRepo from './blocks-repo';
import * as committeesRepo from './committees-repo';
import * as issuedRepo from './issued-repo';
import * as clearanceRepo from './clearance-repo';
import * as reviewRepo from './review-repo';
import * as papersRepo from './papers-repo';
import { restoreBackup, snapshot } from './backup-repo';
import type { PanelwrightDb } from './database';
import { PaperIssuedError } from './paper-guard';
import { dumpDatabase, freshDb } from './test-helpers';

const OPTS = { note: 'Issued to Police and Crime Panel, 8 Dec', revisedNote: null, appVersion: 'test' };

async function seeded(): Promise<{ db: PanelwrightDb; paperId: string; sectionId: string; appendixId: string; blockId: string }> {
  const db = freshDb('issued');
  const sample = sampleSnapshot();
  await db.transaction('rw', db.tables, async () => {
    for (const [t, rows] of Object.entries(sample)) if (rows.length) await db.table(t).bulkAdd(rows as unknown[]);
  });
  const paperId = sample.papers[0]!.id;
  const appendixId = await papersRepo.addAppendix(db, paperId, { title: 'Theme 6' });
  const blockId = await blocksRepo.createBlock(db, paperId, { kind: 'planThemeUpdate', planId: SAMPLE_PLAN_ID, themeId: SAMPLE_THEME_ID, periodId: SAMPLE_Q2 });
  await papersRepo.setAppendixBody(db, appendixId, { type: 'doc', content: [{ type: 'dataBlock', attrs: { blockId } }] });
  return { db, paperId, sectionId: sample.sections[0]!.id, appendixId, blockId };
}

describe('issuing a paper', () => {
  it('keeps the paper as printed with its Word file, whose SHA-256 matches a fresh export of the same version byte for byte', async () => {
    const { db, paperId } = await seeded();
    const v = await issuedRepo.issuePaper(db, paperId, OPTS);
    expect(v).toMatchObject({ number: 1, note: OPTS.note, paperId });
    expect((await db.papers.get(paperId))!.status).toBe('issued');
    const kept = base64ToBytes(v.docx!.base64);
    expect(await sha256Hex(kept)).toBe(v.docx!.sha256);
    // Deterministic: the same version, exported again, gives exactly the same bytes.
    const again = await exportPaperDocxAt(v.bundle, v.issuedAt, v.id);
    expect(await sha256Hex(again)).toBe(v.docx!.sha256);
    expect(Object.values(v.bundle.blocks).map((b) => b.title)).toEqual([expect.stringMatching(/Theme 6/)]);
  });

  it('an export that fails issues nothing and says why', async () => {
    const { db, paperId, sectionId } = await seeded();
    const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    await papersRepo.setSectionBody(db, sectionId, { type: 'doc', content: [{ type: 'image', attrs: { src: png, alt: '', width: 1, height: 1 } }] });
    const before = await dumpDatabase(db);
    await expect(issuedRepo.issuePaper(db, paperId, OPTS)).rejects.toThrow(/description|alt/i);
    expect(await dumpDatabase(db)).toBe(before);
  });

  it('version 1 keeps its frozen figures after the plan’s updates change; a revision is live again and re-issues as version 2 with "Revised"', async () => {
    const { db, paperId } = await seeded();
    const v1 = await issuedRepo.issuePaper(db, paperId, OPTS);
    const printed = JSON.stringify(v1.bundle.blocks);
    // The plan's data changes after the panel got the paper.
    for (const u of await db.updates.toArray()) await db.updates.put({ ...u, statusId: 'red' });
    expect(JSON.stringify((await papersRepo.loadExportBundle(db, paperId))!.blocks)).toBe(printed);
    await issuedRepo.revisePaper(db, paperId);
    expect(JSON.stringify((await papersRepo.loadExportBundle(db, paperId))!.blocks)).not.toBe(printed);
    const v2 = await issuedRepo.issuePaper(db, paperId, { ...OPTS, revisedNote: 'Theme 6 statuses corrected' });
    expect(v2.number).toBe(2);
    expect(v2.bundle.revision).toEqual({ number: 2, note: 'Theme 6 statuses corrected' });
    expect(JSON.stringify((await issuedRepo.getVersion(db, paperId, 1))!.bundle.blocks)).toBe(printed);
  });
});

describe('nothing changes an issued paper', () => {
  // Every exported function of the paper repos, each called as the UI would against an issued paper.
  // A new function fails this test until it is listed here, as a write (which must refuse) or as not one.
  const writes: Record<string, (s: Awaited<ReturnType<typeof seeded>>) => Promise<unknown>> = {
    updatePaper: (s) => papersRepo.updatePaper(s.db, s.paperId, { title: 'Changed' }),
    updateCover: (s) => papersRepo.updateCover(s.db, s.paperId, { agendaItem: '99' }),
    updateTitlePage: (s) => papersRepo.updateTitlePage(s.db, s.paperId, { version: 'Version 2' }),
    deletePaper: (s) => papersRepo.deletePaper(s.db, s.paperId),
    setSectionBody: (s) => papersRepo.setSectionBody(s.db, s.sectionId, doc(para('Changed'))),
    renameSection: (s) => papersRepo.renameSection(s.db, s.sectionId, 'Changed'),
    moveSection: (s) => papersRepo.moveSection(s.db, s.sectionId, 'down'),
    removeSection: (s) => papersRepo.removeSection(s.db, s.sectionId),
    restoreSection: (s) => papersRepo.restoreSection(s.db, s.sectionId),
    addSection: (s) => papersRepo.addSection(s.db, s.paperId, { title: 'New' }),
    setAppendixBody: (s) => papersRepo.setAppendixBody(s.db, s.appendixId, doc(para('Changed'))),
    setAppendixPage: (s) => papersRepo.setAppendixPage(s.db, s.appendixId, { landscape: true }),
    renameAppendix: (s) => papersRepo.renameAppendix(s.db, s.appendixId, 'Changed'),
    moveAppendix: (s) => papersRepo.moveAppendix(s.db, s.appendixId, 'up'),
    removeAppendix: (s) => papersRepo.removeAppendix(s.db, s.appendixId),
    restoreAppendix: (s) => papersRepo.restoreAppendix(s.db, s.appendixId),
    addAppendix: (s) => papersRepo.addAppendix(s.db, s.paperId, { title: 'New' }),
    createBlock: (s) => blocksRepo.createBlock(s.db, s.paperId, { kind: 'previousCaseStudies' }),
    updateBlockSource: (s) => blocksRepo.updateBlockSource(s.db, s.blockId, { kind: 'previousCaseStudies' }),
    insertBlockAsAppendix: (s) => blocksRepo.insertBlockAsAppendix(s.db, s.paperId, { kind: 'previousCaseStudies' }, 'Case studies'),
    setChecklistItemDone: (s) => issuedRepo.setChecklistItemDone(s.db, s.paperId, 'x', true),
    requireClearance: (s) => clearanceRepo.requireClearance(s.db, s.paperId, s.sectionId, 'finance', { id: null, name: 'CFO' }),
    sendForReview: (s) =>
      reviewRepo.sendForReview(s.db, s.paperId, {
        reviewers: [{ personId: null, name: 'CFO', role: 'finance', sectionIds: [], ask: '' }],
        dueDate: '',
        lineNumbers: false,
        note: '',
      }),
  };
  /** Not writes to the paper, and why. */
  const notWrites = new Set([
    'createPaper', // a new paper
    'loadBundle',
    'loadExportBundle',
    'duplicatePaper', // reads it, writes a new draft
    'restorePaper', // only undoes a delete, which an issued paper refuses
    'issuePaper', // refused when already issued (tested below)
    'revisePaper', // the one way back to a draft: the issued versions stay
    'listVersions',
    'getVersion',
    'startNextPaper', // reads it, writes a new draft
    'saveTemplate', // reads it, writes a template
    'listTemplates',
    'removeTemplate',
    'createPaperFromTemplate',
    'draftBundle',
    'IssueRefusedError',
    // Clearance and review writes on items of an issued paper refuse through the same guard (review-repo.test.ts).
    'listClearances',
    'removeClearance',
    'restoreClearance',
    'recordClearance',
    'markAskedIn',
    'ClearanceRefusedError',
    'listReviewRequests',
    'listReviewItems',
    'takeInReturnedFile',
    'acceptReviewChange',
    'rejectReviewChange',
    'setReviewItemStatus',
    'replyToComment',
    'ReviewRefusedError',
  ]);

  it('every exported function of the paper repos is classified', () => {
    const exported = [
      ...Object.keys(papersRepo),
      ...Object.keys(blocksRepo),
      ...Object.keys(issuedRepo),
      ...Object.keys(clearanceRepo),
      ...Object.keys(reviewRepo),
    ];
    expect(exported.filter((n) => !(n in writes) && !notWrites.has(n))).toEqual([]);
  });

  for (const [name, call] of Object.entries(writes)) {
    it(`${name} refuses, and leaves the database as it was`, async () => {
      const s = await seeded();
      await issuedRepo.issuePaper(s.db, s.paperId, OPTS);
      const before = await dumpDatabase(s.db);
      await expect(call(s)).rejects.toThrow(PaperIssuedError);
      expect(await dumpDatabase(s.db)).toBe(before);
    });
  }

  it('issuing an issued paper is refused; renaming its committee leaves the issued version as it was', async () => {
    const s = await seeded();
    const v = await issuedRepo.issuePaper(s.db, s.paperId, OPTS);
    await expect(issuedRepo.issuePaper(s.db, s.paperId, OPTS)).rejects.toThrow(/already issued/);
    await committeesRepo.renameCommittee(s.db, v.bundle.paper.cover.committeeId!, 'Renamed Panel');
    const kept = (await issuedRepo.getVersion(s.db, s.paperId, 1))!;
    expect(kept).toEqual(v);
    expect((await papersRepo.loadBundle(s.db, s.paperId))!.committee!.name).not.toBe('Renamed Panel');
  });

  it('a restore that would rewrite an issued version with other content is refused and changes nothing', async () => {
    const s = await seeded();
    await issuedRepo.issuePaper(s.db, s.paperId, OPTS);
    const data = await snapshot(s.db);
    const tampered = { ...data, issuedVersions: data.issuedVersions.map((v) => ({ ...v, note: 'Quietly changed' })) };
    const before = await dumpDatabase(s.db);
    const r = await restoreBackup(s.db, serializeBackup(tampered, { appVersion: 'test', exportedAt: new Date().toISOString() }));
    expect(r).toEqual({ ok: false, errors: [expect.stringMatching(/issued version .* never change/)] });
    expect(await dumpDatabase(s.db)).toBe(before);
    // The same backup, untouched, restores.
    expect((await restoreBackup(s.db, serializeBackup(data, { appVersion: 'test', exportedAt: new Date().toISOString() }))).ok).toBe(true);
  });
});

describe('the next paper and templates', () => {
  it('starts next quarter’s paper from the issued one: blocks on the next period, a checklist, the original untouched', async () => {
    const s = await seeded();
    const committeeId = (await s.db.papers.get(s.paperId))!.cover.committeeId!;
    const c = (await s.db.committees.get(committeeId))!;
    await s.db.committees.put({ ...c, meetingDates: ['2017-12-08', '2018-03-09'] });
    await issuedRepo.issuePaper(s.db, s.paperId, OPTS);
    const before = (await issuedRepo.getVersion(s.db, s.paperId, 1))!;
    const nextId = await issuedRepo.startNextPaper(s.db, s.paperId);
    const next = (await s.db.papers.get(nextId))!;
    expect(next).toMatchObject({ status: 'draft', cover: { meetingDate: '2018-03-09', agendaItem: '' } });
    const block = (await s.db.blocks.where('paperId').equals(nextId).toArray()).find((b) => b.source.kind === 'planThemeUpdate')!;
    expect(block.source).toMatchObject({ periodId: 'fy2017q3' });
    expect(next.refreshChecklist!.map((i) => i.text).join('\n')).toMatch(/no data yet/);
    expect(await issuedRepo.getVersion(s.db, s.paperId, 1)).toEqual(before);
  });

  it('a template saved from a paper starts a new paper with its sections, boilerplate and footnote style', async () => {
    const s = await seeded();
    const id = await issuedRepo.saveTemplate(s.db, s.paperId, 'Quarterly update', null);
    const paperId = await issuedRepo.createPaperFromTemplate(s.db, id);
    const made = (await papersRepo.loadBundle(s.db, paperId))!;
    const original = (await papersRepo.loadBundle(s.db, s.paperId))!;
    expect(made.sections.map((x) => x.title)).toEqual(original.sections.map((x) => x.title));
    // The same boilerplate text (footnotes get fresh ids in every paper made from it).
    const text = (b: typeof made) => b.sections.map((x) => JSON.stringify(x.body).replace(/"id":"[^"]+"/g, '')).join('|');
    expect(text(made)).toBe(text(original));
    expect(made.sections.some((x) => JSON.stringify(x.body).includes('footnote'))).toBe(true);
    expect(made.paper.footnoteStyle).toBe(original.paper.footnoteStyle);
  });
});
