// A review copy goes out, comes back with a reviewer's comments and tracked changes written in the
// shapes Word writes them, and each is read, matched to its paragraph of the current draft (also
// after the author has edited), and accepted into the draft's rich text where it is a change.
import { describe, expect, it } from 'vitest';
import type { PaperBundle, Section } from '../papers/model';
import { doc, para } from '../richtext/build';
import { inlineText } from '../richtext/model';
import type { ParagraphNode } from '../richtext/model';
import { acceptChange } from './apply';
import { draftParagraphs, draftParts, draftTextHash, paragraphAt } from './draft-text';
import { matchItems } from './match';
import type { ReviewItem } from './model';
import { readReturnedFile } from './read-returned';
import type { ReturnedFile } from './read-returned';
import { exportReviewCopy } from './review-copy';
import { checkReturnedFile, returnedItemRecords } from './take-in';
import { addManyComments } from './test-returned';
import { EDITS, requestFor, returnedCopy, sectionTitled, testReviewBundle } from './test-paper';

const at = '2026-12-01T09:00:00.000Z';

async function takeIn(bundle: PaperBundle, bytes: Uint8Array, existing: ReviewItem[] = []) {
  const read = await readReturnedFile(bytes);
  if (!read.ok) throw new Error(read.error);
  const draft = draftParagraphs(draftParts(bundle));
  const check = checkReturnedFile(read.file, {
    paperId: bundle.paper.id,
    paperTitle: bundle.paper.title,
    otherPaperTitle: () => null,
    draft,
    draftHash: await draftTextHash(bundle),
    existing,
  });
  return {
    read: read.file,
    check,
    records: returnedItemRecords(read.file, { paperId: bundle.paper.id, existing, draft }, { fileName: 'returned.docx', by: 'Test Author', at }),
  };
}

const labelsOf = (bundle: PaperBundle, items: readonly ReviewItem[]) => {
  const m = matchItems(items, draftParagraphs(draftParts(bundle)));
  return items.map((i) => `${i.kind} ${JSON.stringify(i.text.slice(0, 24))} by ${i.author} → ${m.get(i.id)?.paragraph.label ?? 'unmatched'}`);
};

describe('a returned review copy', () => {
  it('is read: comments with replies and resolved state, tracked changes with author and date, each matched to its paragraph', async () => {
    const bundle = testReviewBundle();
    const { read, check, records } = await takeIn(bundle, await returnedCopy(bundle));
    expect(check).toEqual({ ok: true, notes: [] });
    expect(read.paperId).toBe(bundle.paper.id);
    expect(labelsOf(bundle, records.items)).toEqual([
      'comment "Is this the figure after" by Jane Smith → 5.1',
      'comment "Yes — confirmed with the" by Owen Price → 5.1',
      'deletion "£310,000" by Jane Smith → 5.2',
      'insertion "£295,000" by Jane Smith → 5.2',
      'comment "Please attach the assess" by Priya Shah → 7.1',
      'insertion " and supplier failure" by Priya Shah → 8.1',
      'deletion "Planning consent" by Owen Price → 8. Risk Management, list item',
    ]);
    const [question, reply] = records.items;
    expect(question!.quote).toBe('£4.2m');
    expect(question!.status).toBe('open');
    expect(reply!.parentId).toBe(question!.id);
    expect(reply!.status).toBe('resolved');
    expect(records.items[2]!.date).toBe('2026-12-03T10:00:00Z');
  });

  it('still finds each paragraph after the author has edited the draft, and accepts changes into the edited text', async () => {
    const sent = testReviewBundle();
    const bytes = await returnedCopy(sent);
    // Meanwhile the author adds a paragraph at the top of section 5 and rewords the start of 5.2.
    const fin = sectionTitled(sent, 'Financial');
    const edited: Section = {
      ...fin,
      body: doc(
        para('A summary of the costs follows.'),
        ...fin.body.content.slice(0, 1),
        para('Annual running costs of £310,000 a year will be met from savings in the existing estate budget.'),
      ),
    };
    const bundle: PaperBundle = { ...sent, sections: sent.sections.map((s) => (s.id === fin.id ? edited : s)) };
    const { check, records } = await takeIn(bundle, bytes);
    expect(check.ok && check.notes).toEqual([
      'The draft has changed since this copy was sent: its comments and changes were matched to the paragraphs by their text.',
    ]);
    const labels = labelsOf(bundle, records.items);
    expect(labels[0]).toMatch(/→ 5\.2$/);
    expect(labels[2]).toMatch(/deletion "£310,000" .*→ 5\.3$/);
    // Accept the deletion and the insertion of £295,000: both land in the reworded paragraph.
    const parts = () => draftParts(bundle);
    const match = matchItems(records.items, draftParagraphs(parts()));
    const del = acceptChange(records.items[2]!, match.get(records.items[2]!.id)!, parts());
    expect(del.ok).toBe(true);
    if (!del.ok) return;
    const afterDel: PaperBundle = { ...bundle, sections: bundle.sections.map((s) => (s.id === fin.id ? { ...s, body: del.body } : s)) };
    const ins = acceptChange(
      records.items[3]!,
      matchItems(records.items, draftParagraphs(draftParts(afterDel))).get(records.items[3]!.id)!,
      draftParts(afterDel),
    );
    expect(ins.ok).toBe(true);
    if (!ins.ok) return;
    expect(inlineText((paragraphAt(ins.body, [2]) as ParagraphNode).content)).toBe(
      'Annual running costs of £295,000 a year will be met from savings in the existing estate budget.',
    );
    // Accepting keeps the bold figure and the footnote of 5.2 (was 5.1) as they were.
    expect(ins.body.content[1]).toEqual(fin.body.content[0]);
  });

  it('says so when a change can no longer be placed, and lists items whose paragraph has gone as unmatched', async () => {
    const sent = testReviewBundle();
    const bytes = await returnedCopy(sent);
    const risk = sectionTitled(sent, 'Risk');
    const bundle: PaperBundle = {
      ...sent,
      sections: sent.sections.map((s) =>
        s.id === risk.id ? { ...s, body: doc(para('The main risk is construction cost inflation, held in a contingency.')) } : s,
      ),
    };
    const { records } = await takeIn(bundle, bytes);
    const labels = labelsOf(bundle, records.items);
    expect(labels.at(-1)).toMatch(/Planning consent.*→ unmatched$/);
    const parts = draftParts(bundle);
    const m = matchItems(records.items, draftParagraphs(parts));
    const planning = records.items.at(-1)!;
    expect(acceptChange(planning, m.get(planning.id) ?? null, parts)).toEqual({ ok: false, problem: expect.stringContaining('not in the draft any more') });
  });

  it('recognises a review copy of another paper, and a file that is not this paper at all', async () => {
    const bundle = testReviewBundle();
    const other = await takeIn(bundle, await returnedCopy(bundle, EDITS, { paperIdAs: 'another-paper' }));
    expect(other.check).toEqual({ ok: false, error: `This is a review copy of a paper that is not on this computer, not of “${bundle.paper.title}”.` });

    const draft = draftParagraphs(draftParts(bundle));
    const read = await readReturnedFile(await returnedCopy(bundle, EDITS, { dropReviewMark: true }));
    if (!read.ok) throw new Error(read.error);
    const ctx = {
      paperId: bundle.paper.id,
      paperTitle: bundle.paper.title,
      otherPaperTitle: (id: string) => (id === 'p2' ? 'Estates Strategy' : null),
      draft,
      draftHash: '',
      existing: [],
    };
    expect(checkReturnedFile(read.file, ctx)).toMatchObject({ ok: true, notes: [expect.stringContaining('recognised by its text')] });
    expect(checkReturnedFile({ ...read.file, paperId: 'p2' }, ctx)).toEqual({
      ok: false,
      error: `This is a review copy of another paper, “Estates Strategy”, not of “${bundle.paper.title}”. Open that paper to take it in.`,
    });
    const stranger: ReturnedFile = {
      ...read.file,
      paragraphs: [
        'Minutes of the meeting of the Estates Board held on 3 March 2026 at County Hall.',
        'Apologies were received from the Chief Constable and the Deputy Commissioner.',
      ],
    };
    expect(checkReturnedFile(stranger, ctx)).toEqual({
      ok: false,
      error: `This file does not look like “${bundle.paper.title}”: only 0% of its paragraphs are in the draft. Check it is the review copy of this paper.`,
    });
  });

  it('takes in several reviewers’ files for one draft, and nothing twice from the same file', async () => {
    const bundle = testReviewBundle();
    const a = await takeIn(bundle, await returnedCopy(bundle, EDITS.slice(0, 2)));
    const b = await takeIn(bundle, await returnedCopy(bundle, EDITS.slice(4)), a.records.items);
    expect(b.records.items.map((i) => i.author)).toEqual(['Priya Shah', 'Priya Shah', 'Owen Price']);
    expect(b.records.returnId).not.toBe(a.records.returnId);
    const again = await takeIn(bundle, await returnedCopy(bundle, EDITS.slice(0, 2)), a.records.items);
    expect(again.records).toMatchObject({ items: [], duplicates: 2 });
  });

  it('reads a moved passage as moved away and moved here', async () => {
    const bundle = testReviewBundle();
    const { records } = await takeIn(bundle, await returnedCopy(bundle, [{ find: ' a year', author: 'Jane Smith', moveTo: 'Running costs of £310,000' }]));
    // In reading order: the place it moved to comes first in this paragraph.
    expect(labelsOf(bundle, records.items)).toEqual(['moveTo " a year" by Jane Smith → 5.2', 'moveFrom " a year" by Jane Smith → 5.2']);
  });
});

describe('hostile returned files', () => {
  it('keeps hostile comment text and names as plain text, shortened to the limit', async () => {
    const bundle = testReviewBundle();
    const long = `<script>alert(1)</script>\u202e${'x'.repeat(30_000)}`;
    const read = await readReturnedFile(
      await returnedCopy(bundle, [{ find: '£4.2m', author: 'Mallory <img src=x onerror=alert(1)>', comment: { text: long } }]),
    );
    if (!read.ok) throw new Error(read.error);
    const c = read.file.items[0]!;
    expect(c.text.startsWith('<script>alert(1)</script>\u202exxx')).toBe(true);
    expect(c.text.length).toBe(20_000);
    expect(c.author).toBe('Mallory <img src=x onerror=alert(1)>');
    expect(read.file.notes).toEqual(['Comment 0 was longer than 20,000 characters and was shortened.']);
  });

  it('refuses a file with more comments than can be taken in, with one sentence, and takes thousands within the limit', async () => {
    const bundle = testReviewBundle();
    const copy = await exportReviewCopy(bundle, await requestFor(bundle));
    const tooMany = await readReturnedFile(addManyComments(copy, '£4.2m', 5001));
    expect(tooMany).toEqual({ ok: false, error: expect.stringMatching(/^The file holds more than 5,000 comments and tracked changes.*Nothing was taken in/) });
    const started = performance.now();
    const ok = await takeIn(bundle, addManyComments(copy, 'no adverse impact', 3000));
    const m = matchItems(ok.records.items, draftParagraphs(draftParts(bundle)));
    expect([...m.values()].filter(Boolean).length).toBe(3000);
    expect(ok.records.items[2999]!.quote).toBe('no adverse impact');
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 60_000);

  it('refuses what is not a Word file with the Word import’s message', async () => {
    expect(await readReturnedFile(new TextEncoder().encode('{\\rtf1 hello}'))).toEqual({ ok: false, error: expect.stringContaining('Rich Text (RTF)') });
  });
});
