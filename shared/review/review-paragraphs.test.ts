// Whole paragraphs inserted or deleted, paragraphs joined, formatting-only changes and comments in
// footnotes, written into a review copy in the shapes Word writes them, read back, matched to the
// draft and accepted or rejected into its rich text.
import { describe, expect, it } from 'vitest';
import type { PaperBundle } from '../papers/model';
import { bold } from '../richtext/build';
import type { RichDoc } from '../richtext/model';
import { acceptChange, rejectChange } from './apply';
import { draftFootnotes, draftParagraphs, draftParts } from './draft-text';
import { matchItems } from './match';
import type { ReviewItem } from './model';
import { describeFormatting } from './model';
import { readReturnedFile } from './read-returned';
import { returnedItemRecords } from './take-in';
import type { ReviewerEdit } from './test-returned';
import { returnedCopy, sectionTitled, TEST_TEXT, testReviewBundle } from './test-paper';

async function itemsOf(bundle: PaperBundle, edits: ReviewerEdit[]): Promise<ReviewItem[]> {
  const read = await readReturnedFile(await returnedCopy(bundle, edits));
  if (!read.ok) throw new Error(read.error);
  const draft = draftParagraphs(draftParts(bundle));
  return returnedItemRecords(read.file, { paperId: bundle.paper.id, existing: [], draft }, { fileName: 'r.docx', by: 'A', at: '2026-12-04T09:00:00.000Z' })
    .items;
}

const matchOf = (bundle: PaperBundle, item: ReviewItem) => {
  const parts = draftParts(bundle);
  return matchItems([item], draftParagraphs(parts), draftFootnotes(parts)).get(item.id) ?? null;
};

/** Accepts the item into the bundle (as the repo does) and returns the new bundle. */
function accept(bundle: PaperBundle, item: ReviewItem): PaperBundle {
  const r = acceptChange(item, matchOf(bundle, item), draftParts(bundle));
  if (!r.ok) throw new Error(r.problem);
  return withBody(bundle, r.part.id, r.body);
}

const withBody = (bundle: PaperBundle, id: string, body: RichDoc): PaperBundle => ({
  ...bundle,
  sections: bundle.sections.map((s) => (s.id === id ? { ...s, body } : s)),
});

/** "1.1 This report…" for every numbered paragraph of the sections whose number is given. */
const numbered = (bundle: PaperBundle, ...sections: number[]) =>
  draftParagraphs(draftParts(bundle))
    .filter((p) => sections.some((n) => p.label.startsWith(`${n}.`) && !p.label.includes(' ')))
    .map((p) => `${p.label} ${p.text.slice(0, 30)}`);

describe('whole paragraphs in a returned file', () => {
  const NEW_5 = 'A further £50,000 is held as contingency for fitting out.';
  const NEW_1 = 'The Panel approved the outline case in June 2026.';
  const edits: ReviewerEdit[] = [
    { find: 'It follows the Panel’s request', author: 'Owen Price', removeParagraph: true },
    // Enter at the end of 1.1, then typing: Word marks 1.1's paragraph mark as inserted.
    { find: 'custody suite at Northgate', author: 'Jane Smith', insertParagraphAfter: NEW_1, paragraphMark: 'previous' },
    // Typing, then Enter: the new paragraph's own mark is inserted.
    { find: 'Running costs of', author: 'Jane Smith', insertParagraphAfter: NEW_5 },
  ];

  it('are read as one item each, placed by the paragraph before them', async () => {
    const bundle = testReviewBundle();
    const items = await itemsOf(bundle, edits);
    expect(items.map((i) => [i.kind, i.author, i.text.slice(0, 30), matchOf(bundle, i)?.paragraph.label])).toEqual([
      ['paragraphInserted', 'Jane Smith', NEW_1.slice(0, 30), '1.1'],
      ['paragraphDeleted', 'Owen Price', TEST_TEXT.purpose2.slice(0, 30), '1.2'],
      ['paragraphInserted', 'Jane Smith', NEW_5.slice(0, 30), '5.2'],
    ]);
    expect(items[0]!.followingText).toBe(TEST_TEXT.purpose2);
  });

  it('accepted, are added at their place numbered like their neighbours, or taken away; the rest of the text is kept', async () => {
    const sent = testReviewBundle();
    const items = await itemsOf(sent, edits);
    let bundle = sent;
    for (const i of items) bundle = accept(bundle, i);
    expect(numbered(bundle, 1, 5)).toEqual([
      `1.1 ${TEST_TEXT.purpose1.slice(0, 30)}`,
      `1.2 ${NEW_1.slice(0, 30)}`,
      `5.1 ${TEST_TEXT.finance1.slice(0, 30)}`,
      `5.2 ${TEST_TEXT.finance2.slice(0, 30)}`,
      `5.3 ${NEW_5.slice(0, 30)}`,
    ]);
    // The deleted paragraph is gone; accepting it again changes nothing. (It was the last of its section: nothing follows it to stand beside.)
    const deleted = items.find((i) => i.kind === 'paragraphDeleted')!;
    expect(matchOf(bundle, deleted)).toBeNull();
    expect(acceptChange(deleted, matchOf(bundle, deleted), draftParts(bundle))).toMatchObject({
      ok: false,
      problem: expect.stringContaining('not in the draft any more'),
    });
    // 5.1's bold figure and footnote are as they were.
    const fin = (b: PaperBundle) => sectionTitled(b, 'Financial').body.content;
    expect(fin(bundle)[0]).toEqual(fin(sent)[0]);
  });

  it('accepted in any order, land in the same places', async () => {
    const sent = testReviewBundle();
    const items = await itemsOf(sent, edits);
    let bundle = sent;
    for (const i of [...items].reverse()) bundle = accept(bundle, i);
    expect(numbered(bundle, 1)).toEqual([`1.1 ${TEST_TEXT.purpose1.slice(0, 30)}`, `1.2 ${NEW_1.slice(0, 30)}`]);
  });

  it('a deleted paragraph, once gone, stays beside the paragraph that followed it', async () => {
    const sent = testReviewBundle();
    const risk = sectionTitled(sent, 'Risk');
    // A paragraph follows the list whose item is deleted.
    const bundle = withBody(sent, risk.id, {
      ...risk.body,
      content: [...risk.body.content, { type: 'paragraph', content: [{ type: 'text', text: 'The risk register is attached.' }] }],
    });
    const [del] = await itemsOf(bundle, [{ find: 'Planning consent', author: 'Owen Price', removeParagraph: true }]);
    expect(del!.followingText).toBe('The risk register is attached.');
    const after = accept(bundle, del!);
    expect(matchOf(after, del!)).toMatchObject({ before: true, paragraph: { label: '8.2' } });
  });

  it('a paragraph inserted first in its section is placed by the paragraph after it; one in a list is a new item', async () => {
    const sent = testReviewBundle();
    const items = await itemsOf(sent, [
      { find: 'Equality Implications', author: 'Priya Shah', insertParagraphAfter: 'The assessment was reviewed by the equality board.' },
      { find: 'Planning consent', author: 'Priya Shah', insertParagraphAfter: 'Building work starts in May 2027.' },
    ]);
    expect(matchOf(sent, items[0]!)).toMatchObject({ before: true, paragraph: { label: '7.1' } });
    let bundle = accept(sent, items[0]!);
    expect(numbered(bundle, 7)).toEqual([
      `7.1 ${'The assessment was reviewed by the equality board.'.slice(0, 30)}`,
      `7.2 ${TEST_TEXT.equality1.slice(0, 30)}`,
    ]);
    bundle = accept(bundle, items[1]!);
    const list = sectionTitled(bundle, 'Risk').body.content[1];
    expect(list).toMatchObject({ type: 'bulletList', content: [{ type: 'listItem' }, { type: 'listItem', content: [{ type: 'paragraph' }] }] });
    expect(draftParagraphs(draftParts(bundle)).find((p) => p.text.startsWith('Building work'))?.label).toBe('8. Risk Management, list item');
  });

  it('joined by a deleted paragraph mark become one paragraph; a deleted list item goes with its list', async () => {
    const sent = testReviewBundle();
    const items = await itemsOf(sent, [
      { find: 'custody suite at Northgate', author: 'Owen Price', joinWithNext: true },
      { find: 'Planning consent', author: 'Owen Price', removeParagraph: true },
    ]);
    expect(items.map((i) => i.kind)).toEqual(['paragraphsJoined', 'paragraphDeleted']);
    let bundle = accept(sent, items[0]!);
    expect(numbered(bundle, 1)).toEqual([`1.1 ${TEST_TEXT.purpose1.slice(0, 30)}`]);
    expect(draftParagraphs(draftParts(bundle))[0]!.text).toBe(TEST_TEXT.purpose1 + TEST_TEXT.purpose2);
    bundle = accept(bundle, items[1]!);
    expect(sectionTitled(bundle, 'Risk').body.content.map((b) => b.type)).toEqual(['paragraph']);
  });

  it('refuses to take away a paragraph the author has rewritten since, saying so', async () => {
    const sent = testReviewBundle();
    const [del] = await itemsOf(sent, [{ find: 'It follows the Panel’s request', author: 'Owen Price', removeParagraph: true }]);
    const purpose = sectionTitled(sent, 'Purpose');
    const edited = withBody(sent, purpose.id, {
      ...purpose.body,
      content: [
        purpose.body.content[0]!,
        { type: 'paragraph', content: [{ type: 'text', text: 'It follows the Panel’s request of 14 October 2026 for a fuller appraisal of three sites.' }] },
      ],
    });
    const r = acceptChange(del!, matchOf(edited, del!), draftParts(edited));
    expect(r).toEqual({ ok: false, problem: expect.stringContaining('Paragraph 1.2 has been edited since it was sent') });
  });
});

describe('formatting-only changes', () => {
  it('are read and described, accepted into the draft’s marks, and rejected to the old look', async () => {
    const sent = testReviewBundle();
    const items = await itemsOf(sent, [
      { find: '£310,000', author: 'Jane Smith', format: { bold: true } },
      { find: '£4.2m', author: 'Jane Smith', format: { bold: false, italic: true } },
      { find: 'existing estate budget', author: 'Owen Price', format: { size: 28 } },
      { find: 'It follows the Panel’s request', author: 'Owen Price', paragraphFormat: true },
    ]);
    expect(items.map((i) => `${describeFormatting(i.formatting!)}: ${i.text.slice(0, 20)} (${i.author})`)).toEqual([
      'Paragraph formatting changed: It follows the Panel (Owen Price)',
      'Italic added, bold removed: £4.2m (Jane Smith)',
      'Bold added: £310,000 (Jane Smith)',
      'Font size changed: existing estate budg (Owen Price)',
    ]);
    const [para, figure, running, size] = items;
    // Accepting "bold added" makes the figure bold; the rest of the paragraph is as it was.
    const bundle = accept(sent, running!);
    const p2 = sectionTitled(bundle, 'Financial').body.content[1]!;
    expect(p2).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Running costs of ' },
        bold('£310,000'),
        { type: 'text', text: ' a year will be met from savings in the existing estate budget.' },
      ],
    });
    // Accepting bold removed and italic added on the bold £4.2m.
    const after = accept(sent, figure!);
    expect(sectionTitled(after, 'Financial').body.content[0]).toMatchObject({
      content: [
        { text: 'The capital cost of the scheme is ' },
        { text: '£4.2m', marks: [{ type: 'italic' }] },
        { text: ', met from the approved capital programme for 2027/28.' },
        { type: 'footnote' },
      ],
    });
    // Rejected: the draft keeps (or gets back) the look it was sent with.
    expect(rejectChange(running!, matchOf(sent, running!), draftParts(sent))).toBeNull();
    const back = rejectChange(running!, matchOf(bundle, running!), draftParts(bundle));
    expect(back?.body.content[1]).toEqual(sectionTitled(sent, 'Financial').body.content[1]);
    // What papers do not hold is said, and nothing in the draft changes.
    for (const i of [size!, para!]) {
      const r = acceptChange(i, matchOf(sent, i), draftParts(sent));
      expect(r.ok && r.body === r.part.body && r.note).toMatch(/^Papers do not hold (font size|paragraph formatting) \(the house style sets it\)/);
    }
  });
});

describe('comments in footnotes', () => {
  it('are read from footnotes.xml and matched to the footnote’s text at the paragraph holding it', async () => {
    const bundle = testReviewBundle();
    const items = await itemsOf(bundle, [
      { find: 'approved February 2026', author: 'Jane Smith', inFootnote: true, comment: { text: 'Cite the minute number.' } },
    ]);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      kind: 'comment',
      inFootnote: true,
      quote: 'approved February 2026',
      paragraphText: 'Capital programme 2027/28, approved February 2026.',
    });
    expect(matchOf(bundle, items[0]!)?.paragraph).toMatchObject({ label: '5.1, footnote', footnote: true });
  });
});
