// Returned files written by a real word processor: the review copy with a reviewer's comments and
// tracked changes, saved again by LibreOffice (scripts/make-review-fixtures.ts made them). Each
// comment and change must be read and matched to the same paragraph as from the Word-shaped file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PaperBundle } from '../papers/model';
import { acceptChange } from './apply';
import { draftParagraphs, draftParts, draftTextHash } from './draft-text';
import { matchItems } from './match';
import { readReturnedFile } from './read-returned';
import { checkReturnedFile, returnedItemRecords } from './take-in';
import { testReviewBundle } from './test-paper';

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures', name)));

async function takeIn(name: string) {
  const bundle = testReviewBundle();
  const read = await readReturnedFile(fixture(name));
  if (!read.ok) throw new Error(read.error);
  const draft = draftParagraphs(draftParts(bundle));
  const check = checkReturnedFile(read.file, {
    paperId: bundle.paper.id,
    paperTitle: bundle.paper.title,
    otherPaperTitle: () => null,
    draft,
    draftHash: await draftTextHash(bundle),
    existing: [],
  });
  const { items } = returnedItemRecords(
    read.file,
    { paperId: bundle.paper.id, existing: [], draft },
    { fileName: name, by: 'A', at: '2026-12-04T09:00:00.000Z' },
  );
  const m = matchItems(items, draft);
  return { read: read.file, check, items, rows: items.map((i) => [i.kind, i.author, i.text, m.get(i.id)?.paragraph.label ?? 'unmatched', i.status]) };
}

describe('a review copy returned through LibreOffice', () => {
  it('keeps its review mark, and every comment and change is matched to its paragraph', async () => {
    const { read, check, rows, items } = await takeIn('returned-libreoffice.docx');
    expect(read.paperId).toBe(testReviewBundle().paper.id);
    expect(check).toEqual({ ok: true, notes: [] });
    expect(rows).toEqual([
      ['comment', 'Jane Smith', 'Is this the figure after the September re-costing?', '5.1', 'open'],
      // LibreOffice keeps a reply's resolved state but not its link to the comment it answers.
      ['comment', 'Owen Price', 'Yes — confirmed with the project board.', '5.1', 'resolved'],
      ['deletion', 'Jane Smith', '£310,000', '5.2', 'open'],
      ['insertion', 'Jane Smith', '£295,000', '5.2', 'open'],
      ['comment', 'Priya Shah', 'Please attach the assessment as an appendix.', '7.1', 'open'],
      ['insertion', 'Priya Shah', ' and supplier failure', '8.1', 'open'],
      ['deletion', 'Owen Price', 'Planning consent', '8. Risk Management, list item', 'open'],
    ]);
    expect(items[0]!.quote).toBe('£4.2m');
    expect(items.every((i) => i.date === '2026-12-03T10:00:00Z')).toBe(true);
  });

  it('recognises a copy that lost its review mark by its text', async () => {
    const { check, rows } = await takeIn('returned-libreoffice-unmarked.docx');
    expect(check).toMatchObject({ ok: true, notes: [expect.stringContaining('recognised by its text')] });
    expect(rows.map((r) => r[3])).toEqual(['5.1', '5.1', '5.2']);
  });
});

describe('whole paragraphs and formatting returned through LibreOffice', () => {
  it('are read as paragraphs inserted and deleted and a formatting change, and accepted into the draft with its numbering', async () => {
    const { rows, items } = await takeIn('returned-libreoffice-paragraphs.docx');
    expect(rows.map((r) => r.slice(0, 4))).toEqual([
      ['paragraphInserted', 'Jane Smith', 'The Panel approved the outline case in June 2026.', '1.1'],
      ['paragraphDeleted', 'Owen Price', 'It follows the Panel’s request of 14 October 2026 for a fuller option appraisal.', '1.2'],
      ['formatting', 'Jane Smith', '£310,000', '5.2'],
      ['paragraphInserted', 'Jane Smith', 'A further £50,000 is held as contingency for fitting out.', '5.2'],
    ]);
    expect(items[2]!.formatting).toEqual({ added: ['bold'], removed: [], other: [] });
    let bundle: PaperBundle = testReviewBundle();
    for (const item of items) {
      const parts = draftParts(bundle);
      const r = acceptChange(item, matchItems([item], draftParagraphs(parts)).get(item.id) ?? null, parts);
      if (!r.ok) throw new Error(r.problem);
      bundle = { ...bundle, sections: bundle.sections.map((s) => (s.id === r.part.id ? { ...s, body: r.body } : s)) };
    }
    expect(
      draftParagraphs(draftParts(bundle))
        .filter((p) => /^[15]\.\d$/.test(p.label))
        .map((p) => `${p.label} ${p.text.slice(0, 24)}`),
    ).toEqual([
      '1.1 This report asks the Pan',
      '1.2 The Panel approved the o',
      '5.1 The capital cost of the ',
      '5.2 Running costs of £310,00',
      '5.3 A further £50,000 is hel',
    ]);
  });
});
