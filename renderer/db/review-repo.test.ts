// A whole review cycle against a real (fake-indexeddb) database: clearances required, a review copy
// sent to two reviewers, their returned files taken in, a change accepted (and undone, and made
// again), Finance cleared, the cleared text edited (out of date), issuing refused then issued with a
// reason — and the public Word file checked, part by part, for any trace of the review.
import 'fake-indexeddb/auto';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { clearanceState, sectionTextHash } from '../../shared/clearance/rules';
import { inlineText } from '../../shared/richtext/model';
import type { ParagraphNode } from '../../shared/richtext/model';
import { doc, para } from '../../shared/richtext/build';
import { REVIEW_MARKING } from '../../shared/review/review-copy';
import { addReviewerWork } from '../../shared/review/test-returned';
import { sectionTitled, testReviewBundle } from '../../shared/review/test-paper';
import { base64ToBytes } from '../../shared/text/bytes';
import * as clearanceRepo from './clearance-repo';
import * as issuedRepo from './issued-repo';
import * as papersRepo from './papers-repo';
import * as reviewRepo from './review-repo';
import type { PanelwrightDb } from './database';
import { PaperIssuedError } from './paper-guard';
import { setUserName } from './settings-repo';
import { dumpDatabase, freshDb } from './test-helpers';

const REVIEWERS = ['Jane Smith', 'Priya Shah', 'Owen Price'];
const CFO = 'Marcus Ellingham';
const MO = 'Sandra Okafor';

async function seeded() {
  const db = freshDb('review');
  await setUserName(db, 'Test Author');
  const bundle = testReviewBundle();
  await db.papers.add(bundle.paper);
  await db.sections.bulkAdd([...bundle.sections]);
  const fin = sectionTitled(bundle, 'Financial');
  const legal = sectionTitled(bundle, 'Changes in Legislation');
  const finance = await clearanceRepo.requireClearance(db, bundle.paper.id, fin.id, 'finance', { id: null, name: CFO });
  const monitoring = await clearanceRepo.requireClearance(db, bundle.paper.id, legal.id, 'legal', { id: null, name: MO });
  return { db, bundle, paperId: bundle.paper.id, fin, legal, finance, monitoring };
}

const send = (db: PanelwrightDb, paperId: string, finId: string) =>
  reviewRepo.sendForReview(db, paperId, {
    reviewers: [
      { personId: null, name: CFO, role: 'finance', sectionIds: [finId], ask: '' },
      { personId: null, name: 'Priya Shah', role: 'comments', sectionIds: [], ask: 'Comments on the equality and risk sections, please' },
    ],
    dueDate: '2026-12-08',
    lineNumbers: true,
    note: '',
  });

const bodyText = async (db: PanelwrightDb, sectionId: string, block = 1) =>
  inlineText(((await db.sections.get(sectionId))!.body.content[block] as ParagraphNode).content);

describe('a review cycle', () => {
  it('sends, takes in two reviewers’ files, accepts a change as one undoable step, clears, and issues a public copy with no trace of the review', async () => {
    const { db, paperId, fin, finance, monitoring } = await seeded();
    const { request, bytes } = await send(db, paperId, fin.id);
    // The finance clearance is now "asked"; the legal one was not asked.
    expect((await db.clearances.get(finance))!.askedAt).toBe(request.sentAt);
    expect((await db.clearances.get(monitoring))!.askedAt).toBeNull();
    expect(await reviewRepo.listReviewRequests(db, paperId)).toHaveLength(1);
    const review = unzipSync(bytes);
    expect(strFromU8(review['word/header1.xml']!)).toContain(REVIEW_MARKING);
    expect(strFromU8(review['word/document.xml']!)).toContain(`${CFO}: please clear section 5, Financial Implications and Budget Provision`);
    expect(strFromU8(review['word/document.xml']!)).toContain('<w:lnNumType');

    // Two reviewers send their copies back.
    const fromCfo = addReviewerWork(bytes, [
      { find: '£310,000', author: 'Jane Smith', remove: true },
      { find: '£310,000', author: 'Jane Smith', insertAfter: '£295,000' },
      { find: '£4.2m', author: 'Jane Smith', comment: { text: 'Figure confirmed.' } },
    ]);
    const fromPriya = addReviewerWork(bytes, [
      { find: 'no adverse impact', author: 'Priya Shah', comment: { text: 'Attach the assessment.' } },
      { find: 'construction cost inflation', author: 'Owen Price', insertAfter: ' and supplier failure' },
    ]);
    expect(await reviewRepo.takeInReturnedFile(db, paperId, 'Northgate (JS).docx', fromCfo)).toMatchObject({
      added: 3,
      duplicates: 0,
      unmatched: 0,
      reviewers: ['Jane Smith'],
    });
    expect(await reviewRepo.takeInReturnedFile(db, paperId, 'Northgate (PS).docx', fromPriya)).toMatchObject({ added: 2, unmatched: 0 });
    const items = await reviewRepo.listReviewItems(db, paperId);
    expect(items.map((i) => `${i.kind}:${i.author}`)).toEqual([
      'comment:Jane Smith',
      'deletion:Jane Smith',
      'insertion:Jane Smith',
      'comment:Priya Shah',
      'insertion:Owen Price',
    ]);

    // Accept the replacement (deletion then insertion); undo the insertion; make it again.
    await reviewRepo.acceptReviewChange(db, items[1]!.id);
    const { undo } = await reviewRepo.acceptReviewChange(db, items[2]!.id);
    expect(await bodyText(db, fin.id)).toBe('Running costs of £295,000 a year will be met from savings in the existing estate budget.');
    await undo();
    expect(await bodyText(db, fin.id)).toBe('Running costs of  a year will be met from savings in the existing estate budget.');
    expect((await db.reviewItems.get(items[2]!.id))!.status).toBe('open');
    await reviewRepo.acceptReviewChange(db, items[2]!.id);
    expect(await bodyText(db, fin.id)).toBe('Running costs of £295,000 a year will be met from savings in the existing estate budget.');
    await expect(reviewRepo.acceptReviewChange(db, items[2]!.id)).rejects.toThrow('already been dealt with');
    await reviewRepo.setReviewItemStatus(db, items[4]!.id, 'rejected');
    await reviewRepo.replyToComment(db, items[0]!.id, 'Thanks — kept.');
    await reviewRepo.setReviewItemStatus(db, items[0]!.id, 'resolved');
    expect((await db.reviewItems.get(items[0]!.id))!.replies).toEqual([expect.objectContaining({ by: 'Test Author', text: 'Thanks — kept.' })]);

    // Finance clears the text as it is now; then the author edits it: the clearance is out of date.
    await clearanceRepo.recordClearance(db, finance, {
      by: CFO,
      role: 'Chief Finance Officer',
      at: '2026-12-04T10:00:00.000Z',
      how: 'email',
      note: 'E-mail of 4 Dec',
    });
    const stateNow = async () => clearanceState((await db.clearances.get(finance))!, await sectionTextHash((await db.sections.get(fin.id))!));
    expect((await stateNow()).kind).toBe('cleared');
    const cleared = (await db.sections.get(fin.id))!.body;
    await papersRepo.setSectionBody(db, fin.id, doc(...cleared.content, para('A late addition.')));
    expect((await stateNow()).kind).toBe('changed');
    await papersRepo.setSectionBody(db, fin.id, cleared);
    expect((await stateNow()).kind).toBe('cleared');

    // Legal is not cleared: issuing is refused, changing nothing; with a reason it goes, and the reason is kept.
    const before = await dumpDatabase(db);
    await expect(issuedRepo.issuePaper(db, paperId, { note: '', revisedNote: null, appVersion: 'test' })).rejects.toThrow(
      'A required clearance is missing or out of date',
    );
    expect(await dumpDatabase(db)).toBe(before);
    const version = await issuedRepo.issuePaper(db, paperId, {
      note: '',
      revisedNote: null,
      appVersion: 'test',
      overrideReason: 'Monitoring Officer on leave; deputy agreed by phone',
    });
    expect(version.clearances).toEqual({
      clearances: [
        expect.objectContaining({ role: 'finance', state: 'cleared', signOff: expect.objectContaining({ by: CFO, how: 'email' }) }),
        expect.objectContaining({ role: 'legal', state: 'not-asked', personName: MO }),
      ],
      overrideReason: 'Monitoring Officer on leave; deputy agreed by phone',
    });

    // Nothing leaks: every part of the public file, document properties included.
    const parts = unzipSync(base64ToBytes(version.docx!.base64));
    const names = Object.keys(parts);
    expect(names.filter((n) => /comments|people\.xml/i.test(n))).toEqual([]);
    for (const name of names) {
      const xml = strFromU8(parts[name]!);
      for (const tag of ['<w:ins ', '<w:del ', '<w:moveFrom', '<w:moveTo', '<w:commentRangeStart', '<w:commentReference', '<w:delText', '<w:lnNumType'])
        expect(xml, `${tag} in ${name}`).not.toContain(tag);
      for (const who of [...REVIEWERS, CFO, MO]) expect(xml, `${who} in ${name}`).not.toContain(who);
      for (const trace of ['Panelwright', REVIEW_MARKING, 'Review copy', 'Monitoring Officer on leave', 'Figure confirmed', 'E-mail of 4 Dec'])
        expect(xml, `${trace} in ${name}`).not.toContain(trace);
    }
    // …while the accepted change is in it.
    expect(strFromU8(parts['word/document.xml']!)).toContain('£295,000');

    // Issued: the review is read-only like the rest of the paper.
    await expect(reviewRepo.setReviewItemStatus(db, items[3]!.id, 'resolved')).rejects.toBeInstanceOf(PaperIssuedError);
    await expect(
      clearanceRepo.recordClearance(db, monitoring, { by: MO, role: 'MO', at: '2026-12-05T10:00:00.000Z', how: 'app', note: '' }),
    ).rejects.toBeInstanceOf(PaperIssuedError);
  }, 60_000);

  it('refuses another paper’s review copy, and a file that is not Word, storing nothing', async () => {
    const { db, paperId } = await seeded();
    const other = await seeded();
    const { bytes } = await send(other.db, other.paperId, other.fin.id);
    // Same test paper id in both databases: give the other copy a different paper's id.
    await db.papers.add({ ...other.bundle.paper, id: 'another-paper', title: 'Estates Strategy 2027' });
    const stranger = addReviewerWork(bytes, [{ find: '£4.2m', author: 'Jane Smith', comment: { text: 'x' } }], { paperIdAs: 'another-paper' });
    const before = await dumpDatabase(db);
    await expect(reviewRepo.takeInReturnedFile(db, paperId, 'x.docx', stranger)).rejects.toThrow(
      'This is a review copy of another paper, “Estates Strategy 2027”',
    );
    await expect(reviewRepo.takeInReturnedFile(db, paperId, 'x.docx', new TextEncoder().encode('%PDF-1.7'))).rejects.toThrow('This is a PDF');
    expect(await dumpDatabase(db)).toBe(before);
  });

  it('two changes accepted at once (a double click) never make a change on text that has moved on', async () => {
    const { db, paperId, fin } = await seeded();
    const { bytes } = await send(db, paperId, fin.id);
    await reviewRepo.takeInReturnedFile(
      db,
      paperId,
      'r.docx',
      addReviewerWork(bytes, [
        { find: '£310,000', author: 'Jane Smith', remove: true },
        { find: '£310,000', author: 'Jane Smith', insertAfter: '£295,000' },
      ]),
    );
    const [del, ins] = await reviewRepo.listReviewItems(db, paperId);
    const results = await Promise.allSettled([reviewRepo.acceptReviewChange(db, del!.id), reviewRepo.acceptReviewChange(db, ins!.id)]);
    const text = await bodyText(db, fin.id);
    expect(text).not.toContain('£310,000£295,000');
    for (const [i, r] of results.entries())
      if (r.status === 'rejected') expect(String(r.reason), `accept ${i}`).toContain('changed while the change was being made');
    // Whatever was refused can be accepted now, and the result is the reviewer's text.
    for (const item of [del!, ins!]) if ((await db.reviewItems.get(item.id))!.status === 'open') await reviewRepo.acceptReviewChange(db, item.id);
    expect(await bodyText(db, fin.id)).toBe('Running costs of £295,000 a year will be met from savings in the existing estate budget.');
  });

  it('marks a clearance out of date when an accepted change edits the cleared section', async () => {
    const { db, paperId, fin, finance } = await seeded();
    const { bytes } = await send(db, paperId, fin.id);
    await clearanceRepo.recordClearance(db, finance, { by: CFO, role: 'CFO', at: '2026-12-04T10:00:00.000Z', how: 'app', note: '' });
    await reviewRepo.takeInReturnedFile(db, paperId, 'r.docx', addReviewerWork(bytes, [{ find: '£310,000', author: 'Jane Smith', remove: true }]));
    const [del] = await reviewRepo.listReviewItems(db, paperId);
    await reviewRepo.acceptReviewChange(db, del!.id);
    expect(clearanceState((await db.clearances.get(finance))!, await sectionTextHash((await db.sections.get(fin.id))!)).kind).toBe('changed');
  });

  it('accepts whole paragraphs and formatting through the database, each with an undo and redo that refuse when the text has moved on', async () => {
    const { db, paperId, fin } = await seeded();
    const { bytes } = await send(db, paperId, fin.id);
    await reviewRepo.takeInReturnedFile(
      db,
      paperId,
      'r.docx',
      addReviewerWork(bytes, [
        { find: 'Running costs of', author: 'Jane Smith', insertParagraphAfter: 'A contingency of £50,000 is held.' },
        { find: '£310,000', author: 'Jane Smith', format: { bold: true } },
      ]),
    );
    const [bold, inserted] = await reviewRepo.listReviewItems(db, paperId);
    expect([bold!.kind, inserted!.kind]).toEqual(['formatting', 'paragraphInserted']);
    const sent = (await db.sections.get(fin.id))!.body;
    const added = await reviewRepo.acceptReviewChange(db, inserted!.id);
    expect(added).toMatchObject({ edited: true, note: null });
    expect(await bodyText(db, fin.id, 2)).toBe('A contingency of £50,000 is held.');
    // Rejecting "bold added" leaves the draft as it was sent, and says nothing needed changing.
    const rejected = await reviewRepo.rejectReviewChange(db, bold!.id);
    expect(rejected.edited).toBe(false);
    expect((await db.reviewItems.get(bold!.id))!.status).toBe('rejected');
    await rejected.undo();
    expect((await db.reviewItems.get(bold!.id))!.status).toBe('open');
    // Undo takes the paragraph away and reopens the change; redo adds it again.
    await added.undo();
    expect((await db.sections.get(fin.id))!.body).toEqual(sent);
    expect((await db.reviewItems.get(inserted!.id))!.status).toBe('open');
    await added.redo();
    expect(await bodyText(db, fin.id, 2)).toBe('A contingency of £50,000 is held.');
    expect((await db.reviewItems.get(inserted!.id))!.status).toBe('accepted');
    // Once the author has typed in the section, undo refuses and changes nothing.
    const typed = (await db.sections.get(fin.id))!.body;
    await papersRepo.setSectionBody(db, fin.id, doc(...typed.content, para('Typed since.')));
    const before = await dumpDatabase(db);
    await expect(added.undo()).rejects.toThrow('edited since');
    expect(await dumpDatabase(db)).toBe(before);
  });
});
